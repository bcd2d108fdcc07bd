#include "drivers/photo/auto_capture.hpp"

namespace foyer::photo {

CaptureStep AutoCapture::add(const QualityReport& report, const std::vector<FaceLandmarks>& faces) {
  if (faces.size() == 1 && report.face) {
    m_liveness.add(faces.front(), *report.face);
  } else {
    m_liveness.lost();
  }
  m_passing = report.pass() ? m_passing + 1 : 0;
  CaptureStep step;
  step.passingFrames = m_passing;
  step.alive = m_liveness.alive() || !m_requireLiveness;
  step.capture = step.alive && m_passing >= m_holdFrames;
  if (const CriterionResult* failure = report.firstFailure()) {
    step.hint = failure->hint;
  } else if (!step.alive) {
    step.hint = "photo.hint.blink";
  } else {
    step.hint = "photo.hint.hold_still";
  }
  return step;
}

void AutoCapture::reset() {
  m_liveness.reset();
  m_passing = 0;
}

}  // namespace foyer::photo
