#include "drivers/document/mrz_ocr/working_frame.hpp"

#include <algorithm>

#include <opencv2/imgproc.hpp>

namespace foyer::document::mrz {
namespace {

// To 8, 16 or 32-bit float with 1, 3 or 4 channels: the types every OpenCV function used later supports.
// (Some OpenCV functions do not throw on an unsupported type but jump through a null pointer, so nothing
// else may reach them.)
cv::Mat toSupportedType(const cv::Mat& image) {
  cv::Mat result = image;
  if (result.depth() == CV_16F) result.convertTo(result, CV_32F);  // mixChannels has no 16F
  if (result.channels() == 2 || result.channels() > 4) {
    cv::Mat first;
    cv::extractChannel(result, first, 0);
    result = first;
  }
  if (result.depth() != CV_8U && result.depth() != CV_16U && result.depth() != CV_32F) {
    result.convertTo(result, CV_32F);
  }
  return result;
}

// One channel to 8 bit. Float images are stretched to their own range: there is no common convention for
// their scale.
cv::Mat toEightBit(const cv::Mat& channel) {
  cv::Mat result;
  if (channel.depth() == CV_8U) return channel;
  if (channel.depth() == CV_16U) {
    channel.convertTo(result, CV_8U, 1.0 / 257);
    return result;
  }
  cv::Mat wide = channel.clone();
  cv::patchNaNs(wide, 0);
  cv::max(wide, -1e30, wide);  // infinities would make the range meaningless
  cv::min(wide, 1e30, wide);
  cv::normalize(wide, wide, 0, 255, cv::NORM_MINMAX);
  wide.convertTo(result, CV_8U);
  return result;
}

cv::Mat toGrey(const cv::Mat& image) {
  if (image.channels() == 1) return toEightBit(image);
  cv::Mat grey;
  cv::cvtColor(image, grey, image.channels() == 3 ? cv::COLOR_BGR2GRAY : cv::COLOR_BGRA2GRAY);
  return toEightBit(grey);
}

}  // namespace

std::optional<WorkingFrame> toWorkingFrame(const cv::Mat& image) {
  if (image.empty() || image.dims != 2 || image.channels() < 1) return std::nullopt;
  if (std::min(image.rows, image.cols) < kMinWorkingSide) return std::nullopt;
  WorkingFrame frame;
  cv::Mat source = toSupportedType(image);
  const int longSide = std::max(image.rows, image.cols);
  if (longSide > kMaxWorkingSide) {
    // Shrink before converting to grey: converting a huge frame first would cost time and memory for nothing.
    frame.scale = static_cast<double>(kMaxWorkingSide) / longSide;
    cv::Mat shrunk;
    cv::resize(source, shrunk, cv::Size(), frame.scale, frame.scale, cv::INTER_AREA);
    source = shrunk;
    if (std::min(source.rows, source.cols) < kMinWorkingSide) return std::nullopt;
  }
  frame.grey = toGrey(source);
  return frame;
}

}  // namespace foyer::document::mrz
