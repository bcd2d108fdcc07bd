#pragma once

// The numbers a terminal's config may change about the photo (photo.* keys, docs/configuration.md), with
// their defaults. Plain values, no OpenCV, so the config reader can hold them.
namespace foyer::photo {

// What a frame must meet (photo.limits.*). Defaults follow ../shared/specs/photo-fingerprint-quality.md §1.2-1.3.
struct QualityLimits {
  double centreTolerance = 0.05;      // face centre within 50 % ± this of the frame width
  double eyeLineMin = 0.30;           // eye line between these fractions of the frame height, from the top
  double eyeLineMax = 0.55;
  double minInterEye = 90;            // px: the final photo needs this resolution
  double maxInterEyeShare = 0.30;     // IED at most this share of the frame width: closer no longer fits the crop
  double maxRoll = 8;                 // degrees
  double maxYaw = 8;
  double maxPitch = 12;          // see docs/photo.md: the generic head model reads frontal faces a few degrees chin-up
  double minEyesOpen = 0.035;         // smaller eye opening / T
  double maxMouthOpen = 0.06;         // inner-lip opening / T
  double minBrightness = 0.30;        // mean face luminance, 0-1
  double maxBrightness = 0.80;
  double minBalance = 0.75;           // darker / brighter face half
  double minSharpness = 20;           // edge energy of the face at IED 64 px against its contrast (x100)
  double minBackground = 0.45;        // mean luminance beside and above the head
  double maxBackgroundSpread = 0.12;  // its standard deviation
  double maxGlare = 0.02;             // share of blown-out pixels in the eye regions
};

// When a face counts as alive (photo.liveness.*); see liveness.hpp.
struct LivenessLimits {
  double blinkDrop = 0.6;      // eye opening below this share of the open-eye level: the eyes are shut
  double blinkReopen = 0.85;   // and back above this share: a blink
  double minOpenEyes = 0.035;  // an open-eye level below this (same unit as QualityLimits::minEyesOpen) is no level
  double minParallax = 0.04;   // nose movement that no affine map of the rest explains, in eye distances
  double maxJump = 0.6;        // the face moved more than this many eye distances between two frames:
                               // someone else, or a picture swapped in; the evidence starts again
};

// The document photo's size and geometry (photo.crop.*); see icao_crop.hpp.
struct CropLayout {
  int width = 413;             // px; 413 x 531 is 35 x 45 mm at 300 dpi, the eye distance then ~100 px
  double faceHeight = 0.75;    // chin to crown, share of the photo height
  double eyeLine = 0.435;      // eye midpoint below the top edge, share of the photo height
  [[nodiscard]] int height() const { return (width * 45 + 17) / 35; }  // 35:45, rounded
};

// For the model the tests fetch (fr_feature.onnx): across different photos, the same person scored 0.44
// to 0.84 and different people -0.07 to 0.36 (docs/photo.md). Another model needs its own threshold.
inline constexpr double kDefaultFaceMatchThreshold = 0.40;

}  // namespace foyer::photo
