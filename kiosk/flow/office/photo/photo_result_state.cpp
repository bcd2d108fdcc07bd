#include "kiosk/flow/office/photo/photo_result_state.hpp"

#include "kiosk/flow/office/capture_sequence.hpp"
#include "kiosk/flow/office/office_states.hpp"
#include "kiosk/flow/office/photo/photo_attempts.hpp"

namespace foyer::flow::office {

bool PhotoResultState::handleIntent(StateContext& context, const Intent& intent) {
  visit::Visit& visit = context.visit();
  visit::PhotoStep& step = visit.photo;
  if (intent.kind == IntentKind::Confirm && step.taken) {
    step.accepted = true;
    finishCaptureStep(context, config::kPhotoStep);
    return true;
  }
  if (intent.kind == IntentKind::Retry) {
    countFailedAttempt(step, context.config().photo.staffHelpAfter);
    if (step.taken) step.taken->wipe();
    step.taken.reset();
    step.accepted = false;
    ++visit.photoSerial;
    context.go(kPhoto);
    return true;
  }
  return false;
}

}  // namespace foyer::flow::office
