#include "kiosk/flow/office/summary_state.hpp"

#include "kiosk/flow/office/office_states.hpp"

namespace foyer::flow::office {

bool SummaryState::handleIntent(StateContext& context, const Intent& intent) {
  // Back returns to the step before: the photo when this service took one.
  if (intent.kind == IntentKind::Back && context.visit().photo.accepted) {
    context.go(kPhotoResult);
    return true;
  }
  if (intent.kind != IntentKind::Confirm) return false;
  context.go(kDone);
  return true;
}

}  // namespace foyer::flow::office
