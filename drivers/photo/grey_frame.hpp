#pragma once
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace foyer::photo {

// A camera frame (grey, BGR or BGRA, any depth) as 8-bit grey, without copying one that already is.
inline cv::Mat greyFrame(const cv::Mat& frame) {
  cv::Mat grey;
  if (frame.channels() == 3) cv::cvtColor(frame, grey, cv::COLOR_BGR2GRAY);
  else if (frame.channels() == 4) cv::cvtColor(frame, grey, cv::COLOR_BGRA2GRAY);
  else grey = frame;
  if (grey.depth() != CV_8U) grey.convertTo(grey, CV_8U);
  return grey;
}

}  // namespace foyer::photo
