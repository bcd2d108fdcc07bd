#pragma once
#include <optional>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "drivers/photo/face_geometry.hpp"
#include "drivers/photo/photo_limits.hpp"

// The ICAO / ISO/IEC 19794-5 quality of a portrait frame, criterion by criterion, each with what was
// measured, the limits it was held to and a short instruction for the visitor when it fails. Pure: the
// landmarks come in (from FaceFinder), the verdicts go out; testable on still images.
namespace foyer::photo {

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
