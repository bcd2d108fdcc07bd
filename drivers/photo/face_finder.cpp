#include "drivers/photo/face_finder.hpp"

#include <algorithm>
#include <mutex>

#include <dlib/image_processing/shape_predictor.h>
#include <dlib/opencv/cv_image.h>
#include <opencv2/imgproc.hpp>

#include "drivers/photo/grey_frame.hpp"
#include <opencv2/objdetect.hpp>

namespace foyer::photo {
struct FaceFinder::Models {
  // CascadeClassifier::detectMultiScale is not const-safe across threads: one at a time.
  mutable std::mutex detectorMutex;
  mutable cv::CascadeClassifier detector;
  dlib::shape_predictor predictor;
  int detectWidth = 640;
};

FaceFinder::FaceFinder(std::unique_ptr<Models> models) : m_models(std::move(models)) {}
FaceFinder::FaceFinder(FaceFinder&&) noexcept = default;
FaceFinder& FaceFinder::operator=(FaceFinder&&) noexcept = default;
FaceFinder::~FaceFinder() = default;

std::expected<FaceFinder, std::string> FaceFinder::load(const FaceModels& models, int detectWidth) {
  auto loaded = std::make_unique<Models>();
  loaded->detectWidth = std::max(160, detectWidth);
  if (!loaded->detector.load(models.cascade.string())) {
    return std::unexpected("cannot load the face detector " + models.cascade.string() + " (package opencv-data)");
  }
  try {
    dlib::deserialize(models.landmarks.string()) >> loaded->predictor;
  } catch (const std::exception& error) {
    return std::unexpected("cannot load the landmark model " + models.landmarks.string() + " (package libdlib-data): " +
                           error.what());
  }
  if (loaded->predictor.num_parts() != 68) {
    return std::unexpected(models.landmarks.string() + " is not a 68-point landmark model");
  }
  return FaceFinder(std::move(loaded));
}

std::vector<FaceLandmarks> FaceFinder::find(const cv::Mat& frame) const {
  std::vector<FaceLandmarks> faces;
  if (frame.empty() || frame.cols < 32 || frame.rows < 32) return faces;
  const cv::Mat grey = greyFrame(frame);
  const double scale = grey.cols > m_models->detectWidth ? static_cast<double>(m_models->detectWidth) / grey.cols : 1.0;
  cv::Mat small;
  if (scale < 1.0) cv::resize(grey, small, {}, scale, scale, cv::INTER_AREA);
  else small = grey;
  cv::Mat equalised;
  cv::equalizeHist(small, equalised);
  std::vector<cv::Rect> boxes;
  {
    std::lock_guard lock(m_models->detectorMutex);
    // Faces smaller than a tenth of the frame's short side cannot give an ICAO photo anyway.
    const int minSide = std::max(24, std::min(small.cols, small.rows) / 10);
    m_models->detector.detectMultiScale(equalised, boxes, 1.1, 3, 0, {minSide, minSide});
  }
  const dlib::cv_image<unsigned char> image(grey);
  for (const cv::Rect& found : boxes) {
    const cv::Rect box(cv::Point(static_cast<int>(found.x / scale), static_cast<int>(found.y / scale)),
                       cv::Size(static_cast<int>(found.width / scale), static_cast<int>(found.height / scale)));
    const dlib::rectangle rect(box.x, box.y, box.x + box.width - 1, box.y + box.height - 1);
    const dlib::full_object_detection shape = m_models->predictor(image, rect);
    FaceLandmarks face;
    face.box = box;
    for (unsigned long i = 0; i < 68 && i < shape.num_parts(); ++i) {
      face.points[i] = cv::Point2f(static_cast<float>(shape.part(i).x()), static_cast<float>(shape.part(i).y()));
    }
    faces.push_back(face);
  }
  std::sort(faces.begin(), faces.end(), [](const FaceLandmarks& a, const FaceLandmarks& b) { return a.box.area() > b.box.area(); });
  return faces;
}

}  // namespace foyer::photo
