#pragma once
#include <string>
#include <vector>

#include "drivers/photo/face_landmarks.hpp"
#include "drivers/photo/liveness.hpp"
#include "drivers/photo/photo_quality.hpp"

// When to take the photo: every criterion met for `holdFrames` analysed frames in a row, by a face that
// has shown a sign of life. Pure: one call per analysed frame.
namespace foyer::photo {

struct CaptureStep {
  int passingFrames = 0;  // analysed frames in a row that met every criterion
  bool alive = false;
  bool capture = false;   // take this frame
  // Translation key of what the visitor should do now: the most important failing criterion, else
  // "blink once" while no sign of life was seen, else "hold still".
  std::string hint;
};

class AutoCapture {
 public:
  AutoCapture(int holdFrames, bool requireLiveness, LivenessLimits liveness)
      : m_holdFrames(holdFrames < 1 ? 1 : holdFrames), m_requireLiveness(requireLiveness), m_liveness(liveness) {}
  CaptureStep add(const QualityReport& report, const std::vector<FaceLandmarks>& faces);
  void reset();
  [[nodiscard]] int holdFrames() const { return m_holdFrames; }
  [[nodiscard]] LivenessSign sign() const { return m_liveness.sign(); }

 private:
  int m_holdFrames;
  bool m_requireLiveness;
  LivenessTracker m_liveness;
  int m_passing = 0;
};

}  // namespace foyer::photo
