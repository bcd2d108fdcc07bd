#include "kiosk/flow/office/summary_state.hpp"

#include "kiosk/flow/office/capture_sequence.hpp"
#include "kiosk/flow/office/office_states.hpp"

namespace foyer::flow::office {

bool SummaryState::handleIntent(StateContext& context, const Intent& intent) {
  // Back returns to the last capture step this service had, or to the document.
  if (intent.kind == IntentKind::Back) {
    context.go(previousCaptureState(context, ""));
    return true;
  }
  if (intent.kind != IntentKind::Confirm) return false;
  context.go(kPayment);
  return true;
}

}  // namespace foyer::flow::office
