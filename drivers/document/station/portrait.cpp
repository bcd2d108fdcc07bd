#include "drivers/document/station/portrait.hpp"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace foyer::document {
namespace {

// A portrait on a chip is a few hundred pixels wide; refuse what no eMRTD holds before decoding it.
constexpr int kMaxSide = 4096;

}  // namespace

std::expected<Portrait, std::string> decodePortrait(const emrtd::lds::FaceImage& face) {
  if (face.data.empty()) return std::unexpected(std::string("no image data"));
  cv::Mat decoded;
  try {
    const cv::Mat encoded(1, static_cast<int>(face.data.size()), CV_8UC1, const_cast<std::uint8_t*>(face.data.data()));
    decoded = cv::imdecode(encoded, cv::IMREAD_COLOR);
  } catch (const cv::Exception& error) {
    return std::unexpected(std::string("the face image cannot be decoded: ") + error.what());
  }
  if (decoded.empty()) return std::unexpected(std::string("the face image cannot be decoded"));
  if (decoded.cols > kMaxSide || decoded.rows > kMaxSide) {
    return std::unexpected(std::string("the face image is implausibly large"));
  }
  cv::Mat rgba;
  cv::cvtColor(decoded, rgba, cv::COLOR_BGR2RGBA);
  Portrait portrait;
  portrait.width = rgba.cols;
  portrait.height = rgba.rows;
  portrait.rgba.assign(rgba.datastart, rgba.dataend);
  // The decoder's buffers held the face too.
  decoded.setTo(cv::Scalar::all(0));
  rgba.setTo(cv::Scalar::all(0));
  return portrait;
}

}  // namespace foyer::document
