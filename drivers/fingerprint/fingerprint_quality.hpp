#pragma once
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "drivers/fingerprint/fingerprint_limits.hpp"

// How good a flat fingerprint image is, measured block by block (NFIQ 2 is not in Debian; this is
// Foyer's own, documented score, docs/fingerprints.md). Pure: an 8-bit grey image at 500 ppi in,
// measurements, verdicts and the instruction for the visitor out.
namespace foyer::fingerprint {

enum class FingerCriterion {
  Finger,     // anything on the glass at all
  Area,       // enough fingertip in contact
  Centred,    // the fingertip in the middle of the glass
  Pressure,   // not too dark (pressed too hard, or a wet finger)
  Contrast,   // ridges stand out from the valleys (pressed too lightly, or a dry finger)
  Flow,       // ridges run smoothly (not smudged by a moving finger)
  Score,      // the overall score
};
const char* fingerCriterionName(FingerCriterion criterion);  // "finger", "area", ...

struct FingerCriterionResult {
  FingerCriterion criterion = FingerCriterion::Finger;
  bool pass = false;
  double value = 0;
  double low = 0;
  double high = 0;
  std::string hint;  // translation key of what the visitor should do; empty when it passes
};

struct FingerprintQuality {
  double score = 0;        // 0-100: the share of the expected fingertip area with clear ridges
  double areaMm2 = 0;      // fingertip in contact
  double offCentre = 0;    // centre of the contact from the middle, as a share of half the glass
  double darkness = 0;     // mean grey level of the contact area, inverted (0 white, 255 black)
  double contrast = 0;     // median grey-level spread within contact blocks
  double flow = 0;         // median ridge-orientation coherence within contact blocks, 0-1
  std::vector<FingerCriterionResult> results;  // most important first
  [[nodiscard]] bool pass() const;
  [[nodiscard]] const FingerCriterionResult* firstFailure() const;
};

// `image`: 8-bit grey (other types are converted), dark ridges on a light background.
FingerprintQuality assessFingerprint(const cv::Mat& image, const FingerprintLimits& limits);

}  // namespace foyer::fingerprint
