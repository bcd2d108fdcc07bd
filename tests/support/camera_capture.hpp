#pragma once
#include <random>

#include <opencv2/core.hpp>

#include "tests/support/synthetic_document.hpp"

namespace foyer::testing {

// The page lying on a darker reader surface, as the camera delivers it: turned, blurred, shaded, with changed
// contrast and brightness and sensor noise.
cv::Mat capture(const cv::Mat& page, const CaptureConditions& conditions, std::mt19937& random);

}  // namespace foyer::testing
