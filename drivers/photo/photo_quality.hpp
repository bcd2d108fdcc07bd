#pragma once
#include <optional>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "drivers/photo/face_geometry.hpp"

// The ICAO / ISO/IEC 19794-5 quality of a portrait frame, criterion by criterion, each with what was
// measured, the limits it was held to and a short instruction for the visitor when it fails. Pure: the
// landmarks come in (from FaceFinder), the verdicts go out; testable on still images.
namespace foyer::photo {

// Limits from config (photo.*). Defaults follow ../shared/specs/photo-fingerprint-quality.md §1.2-1.3.
struct QualityLimits {
  double centreTolerance = 0.05;      // face centre within 50 % ± this of the frame width
  double eyeLineMin = 0.30;           // eye line between these fractions of the frame height, from the top
  double eyeLineMax = 0.55;
  double minInterEye = 90;            // px: the final photo needs this resolution
  double maxInterEyeShare = 0.30;     // IED at most this share of the frame width: closer no longer fits the crop
  double maxRoll = 8;                 // degrees
  double maxYaw = 8;
  double maxPitch = 10;
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

enum class Criterion {
  OneFace, FaceSize, Centred, EyeLine, Roll, Yaw, Pitch, EyesOpen, MouthClosed,
  Glare, Brightness, Balance, Sharpness, Background,
};
const char* criterionName(Criterion criterion);  // stable ids for JSON, config and tests

struct CriterionResult {
  Criterion criterion;
  bool pass = false;
  double value = 0;   // what was measured (unit per criterion, see criterionName's docs in docs/)
  double low = 0;     // the allowed range
  double high = 0;
  // Translation key of the instruction for the visitor ("photo.hint.move_left"); empty when passing.
  std::string hint;
};

struct QualityReport {
  std::vector<CriterionResult> results;  // in order of importance: the first failing one is shown
  std::optional<FaceGeometry> face;      // of the largest face
  [[nodiscard]] bool pass() const;
  [[nodiscard]] const CriterionResult* firstFailure() const;
  [[nodiscard]] const CriterionResult* find(Criterion criterion) const;
};

// `frame` as the camera sees it (not mirrored), BGR or grey; `faces` from FaceFinder, largest first.
QualityReport assessQuality(const cv::Mat& frame, const std::vector<FaceLandmarks>& faces, const QualityLimits& limits);

}  // namespace foyer::photo
