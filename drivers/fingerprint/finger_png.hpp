#pragma once
#include <cstdint>
#include <vector>

#include <opencv2/core.hpp>

// Fingerprints travel as lossless PNG (no WSQ codec exists in Debian). The PNG records its pixel
// density (a pHYs chunk), so the back office knows it is 500 ppi without being told.
namespace foyer::fingerprint {

// `grey`: 8-bit single channel. Empty on failure.
std::vector<std::uint8_t> encodeFingerPng(const cv::Mat& grey, double pixelsPerMm);

}  // namespace foyer::fingerprint
