#pragma once
#include <optional>

#include <opencv2/core.hpp>

namespace foyer::document::mrz {

// Whatever a camera or a file delivers (1, 3 or 4 channels; 8, 16 bit or float), as 8-bit grey no larger
// than kMaxWorkingSide on its long side, so that every later step runs in bounded time.
inline constexpr int kMaxWorkingSide = 3000;
// Smaller than this on either side, an image cannot hold a readable MRZ.
inline constexpr int kMinWorkingSide = 40;

struct WorkingFrame {
  cv::Mat grey;      // CV_8UC1
  double scale = 1;  // working pixels per input pixel (below 1 when the input was shrunk)
};

// Empty when the image is empty, too small or not a 2-D image.
std::optional<WorkingFrame> toWorkingFrame(const cv::Mat& image);

}  // namespace foyer::document::mrz
