#include "drivers/photo/face_matcher.hpp"

#include <system_error>

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect/face.hpp>

namespace foyer::photo {
namespace {

cv::Point2f mean(const FaceLandmarks& face, int first, int last) {
  cv::Point2f sum(0, 0);
  for (int i = first; i <= last; ++i) sum += face.points[static_cast<std::size_t>(i)];
  return sum / static_cast<float>(last - first + 1);
}

void zero(cv::Mat& mat) {
  if (!mat.empty() && mat.u != nullptr && mat.u->refcount == 1 && mat.isContinuous()) mat.setTo(cv::Scalar::all(0));
  mat.release();
}

// FaceRecognizerSF::alignCrop takes a detection in YuNet's row layout: box, five points, score.
cv::Mat detectionRow(const FaceLandmarks& face) {
  cv::Mat row(1, 15, CV_32F, cv::Scalar(0));
  row.at<float>(0) = static_cast<float>(face.box.x);
  row.at<float>(1) = static_cast<float>(face.box.y);
  row.at<float>(2) = static_cast<float>(face.box.width);
  row.at<float>(3) = static_cast<float>(face.box.height);
  const std::array<cv::Point2f, 5> points = alignmentPoints(face);
  for (std::size_t i = 0; i < points.size(); ++i) {
    row.at<float>(static_cast<int>(4 + 2 * i)) = points[i].x;
    row.at<float>(static_cast<int>(5 + 2 * i)) = points[i].y;
  }
  row.at<float>(14) = 1.0F;
  return row;
}

}  // namespace

std::array<cv::Point2f, 5> alignmentPoints(const FaceLandmarks& face) {
  return {mean(face, 36, 41), mean(face, 42, 47), face.points[30], face.points[48], face.points[54]};
}

FaceEmbedding::FaceEmbedding(cv::Mat values) : m_values(std::move(values)) {}
FaceEmbedding::FaceEmbedding(FaceEmbedding&& other) noexcept : m_values(std::move(other.m_values)) {
  other.m_values.release();
}
FaceEmbedding& FaceEmbedding::operator=(FaceEmbedding&& other) noexcept {
  if (this != &other) {
    wipe();
    m_values = std::move(other.m_values);
    other.m_values.release();
  }
  return *this;
}
FaceEmbedding::~FaceEmbedding() { wipe(); }
void FaceEmbedding::wipe() { zero(m_values); }

double similarity(const FaceEmbedding& a, const FaceEmbedding& b) {
  if (a.empty() || b.empty() || a.values().total() != b.values().total()) return 0;
  const cv::Mat x = a.values().reshape(1, 1);
  const cv::Mat y = b.values().reshape(1, 1);
  const double norms = cv::norm(x) * cv::norm(y);
  return norms > 0 ? x.dot(y) / norms : 0;
}

struct FaceMatcher::Network {
  cv::Ptr<cv::FaceRecognizerSF> recognizer;
};

std::expected<FaceMatcher, std::string> FaceMatcher::load(const std::filesystem::path& model) {
  if (model.empty()) return std::unexpected("no face model configured (photo.face_model)");
  std::error_code error;
  if (!std::filesystem::is_regular_file(model, error)) {
    return std::unexpected("face model " + model.string() + " not found");
  }
  try {
    auto network = std::make_unique<Network>();
    network->recognizer = cv::FaceRecognizerSF::create(model.string(), "");
    if (network->recognizer.empty()) return std::unexpected("face model " + model.string() + " could not be loaded");
    // One trial run: a file that loads but is not a 112x112 embedding network fails here, not with a visitor.
    FaceMatcher matcher(std::move(network));
    cv::Mat probe(112, 112, CV_32FC3, cv::Scalar::all(0));
    cv::Mat out;
    matcher.m_network->recognizer->feature(probe, out);
    if (out.empty() || out.total() < 64) {
      return std::unexpected("face model " + model.string() + " gives no embedding for a 112x112 face");
    }
    return matcher;
  } catch (const cv::Exception& e) {
    return std::unexpected("face model " + model.string() + " could not be loaded: " + e.msg);
  }
}

FaceMatcher::FaceMatcher(std::unique_ptr<Network> network) : m_network(std::move(network)) {}
FaceMatcher::FaceMatcher(FaceMatcher&&) noexcept = default;
FaceMatcher& FaceMatcher::operator=(FaceMatcher&&) noexcept = default;
FaceMatcher::~FaceMatcher() = default;

FaceEmbedding FaceMatcher::embed(const cv::Mat& image, const FaceLandmarks& face) {
  if (image.empty() || image.depth() != CV_8U) return {};
  cv::Mat bgr = image;
  if (image.channels() == 1) cv::cvtColor(image, bgr, cv::COLOR_GRAY2BGR);
  if (image.channels() == 4) cv::cvtColor(image, bgr, cv::COLOR_BGRA2BGR);
  try {
    cv::Mat aligned;
    m_network->recognizer->alignCrop(bgr, detectionRow(face), aligned);
    // feature() only swaps to RGB; the network wants (x - 127) / 128, so the crop comes scaled already.
    cv::Mat scaled;
    aligned.convertTo(scaled, CV_32FC3, 1.0 / 128.0, -127.0 / 128.0);
    cv::Mat values;
    m_network->recognizer->feature(scaled, values);
    zero(aligned);
    zero(scaled);
    if (bgr.data != image.data) zero(bgr);
    cv::Mat row = values.reshape(1, 1).clone();
    zero(values);
    return FaceEmbedding(std::move(row));
  } catch (const cv::Exception&) {
    if (bgr.data != image.data) zero(bgr);
    return {};
  }
}

}  // namespace foyer::photo
