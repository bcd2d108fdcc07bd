#pragma once

// The fingerprint thresholds, from config ([fingerprint.limits]). Plain values, no OpenCV, so config and
// flow can hold them.
namespace foyer::fingerprint {

struct FingerprintLimits {
  double pixelsPerMm = 19.685;   // 500 ppi
  double minFingerMm2 = 15;      // less contact than this: no finger at all
  double minAreaMm2 = 100;       // a flat fingertip covers 150-250 mm²
  double maxOffCentre = 0.25;    // contact centre from the middle, as a share of half the glass
  double maxDarkness = 145;      // mean darkness of the contact area (255 black)
  double minContrast = 30;       // grey-level spread within a block
  double minFlow = 0.45;         // ridge-orientation coherence, 0 noise ... 1 straight parallel ridges
  double minScore = 50;          // 0-100
  double expectedAreaMm2 = 150;  // the score counts clear blocks against at least this much fingertip
};

}  // namespace foyer::fingerprint
