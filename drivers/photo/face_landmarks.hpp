#pragma once
#include <array>

#include <opencv2/core.hpp>

namespace foyer::photo {

// A face found in a frame: its box and the 68 points of the iBUG 300-W layout (0-16 jaw, 17-26 brows,
// 27-35 nose, 36-41 the subject's right eye, 42-47 the left eye, 48-67 mouth), in frame pixels.
struct FaceLandmarks {
  cv::Rect box;
  std::array<cv::Point2f, 68> points{};
};

}  // namespace foyer::photo
