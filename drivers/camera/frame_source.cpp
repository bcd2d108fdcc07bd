#include "drivers/camera/frame_source.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

#include "drivers/camera/frame_playlist.hpp"

namespace foyer::camera {
namespace {

bool isStillImage(const std::string& spec) {
  if (spec.find('%') != std::string::npos) return false;  // an image sequence
  std::string extension = std::filesystem::path(spec).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  static constexpr std::array kStill{".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".pgm", ".ppm"};
  return std::find(kStill.begin(), kStill.end(), extension) != kStill.end();
}

class StillImage final : public FrameSource {
 public:
  explicit StillImage(cv::Mat image) : m_image(std::move(image)) {}
  std::expected<cv::Mat, CameraError> next() override { return m_image.clone(); }
  [[nodiscard]] bool still() const override { return true; }

 private:
  cv::Mat m_image;
};

class Capture final : public FrameSource {
 public:
  Capture(std::unique_ptr<cv::VideoCapture> capture, std::string spec, bool loops)
      : m_capture(std::move(capture)), m_spec(std::move(spec)), m_loops(loops) {}

  std::expected<cv::Mat, CameraError> next() override {
    cv::Mat frame;
    if (m_capture->read(frame) && !frame.empty()) return frame;
    // A file ends; start it again, as a camera would go on showing the same scene.
    if (m_loops && m_capture->set(cv::CAP_PROP_POS_FRAMES, 0) && m_capture->read(frame) && !frame.empty()) {
      return frame;
    }
    return std::unexpected(CameraError{CameraError::Kind::NoFrames, "no frame from " + m_spec});
  }

 private:
  std::unique_ptr<cv::VideoCapture> m_capture;
  std::string m_spec;
  bool m_loops;
};

}  // namespace

std::expected<std::unique_ptr<FrameSource>, CameraError> FrameSource::open(const std::string& spec) {
  if (spec.empty()) return std::unexpected(CameraError{CameraError::Kind::CannotOpen, "no camera configured"});
  if (spec.ends_with(".playlist")) return openPlaylist(spec);
  if (isStillImage(spec)) {
    cv::Mat image = cv::imread(spec, cv::IMREAD_UNCHANGED);
    if (image.empty()) {
      return std::unexpected(CameraError{CameraError::Kind::CannotOpen, "cannot read the image " + spec});
    }
    return std::make_unique<StillImage>(std::move(image));
  }
  const bool pipeline = spec.find('!') != std::string::npos;
  const bool device = spec.starts_with("/dev/");
  const int api = pipeline ? cv::CAP_GSTREAMER : device ? cv::CAP_V4L2 : cv::CAP_ANY;
  auto capture = std::make_unique<cv::VideoCapture>();
  bool opened = false;
  try {
    opened = capture->open(spec, api);
  } catch (const cv::Exception& error) {
    return std::unexpected(CameraError{CameraError::Kind::CannotOpen, spec + ": " + error.what()});
  }
  if (!opened) return std::unexpected(CameraError{CameraError::Kind::CannotOpen, "cannot open the camera " + spec});
  return std::make_unique<Capture>(std::move(capture), spec, !pipeline && !device);
}

}  // namespace foyer::camera
