#pragma once
#include <cstdint>

#include <opencv2/core.hpp>

// Synthetic fingerprints for the simulated scanner and the tests: no real person's finger is needed.
// A ridge-flow (orientation) field from a core and a delta (the pole-zero model of Sherlock and Monro)
// steers Gabor filters that grow ridges out of noise; an elliptic fingertip mask and pressure falling
// off toward its rim make it look like a flat live-scan impression at 500 ppi.
namespace foyer::simulators::fingerprint {

struct PrintSpec {
  int width = 320;                       // 16 mm at 500 ppi
  int height = 400;                      // 20 mm
  cv::Point2f core{0.50F, 0.45F};        // as fractions of the size
  cv::Point2f delta{0.30F, 0.80F};       // a loop; {-1, -1}: no delta (a plain arch-like flow)
  float ridgePeriod = 9.0F;              // px: about 0.46 mm at 500 ppi
  float rotationDegrees = 0;             // the whole flow turned (fingers lie at slight angles)
  int iterations = 12;
  std::uint64_t seed = 1;
};

// 8-bit grey, dark ridges on a light background (255 outside the finger).
cv::Mat synthesizePrint(const PrintSpec& spec);

}  // namespace foyer::simulators::fingerprint
