#include "kiosk/flow/office/summary_state.hpp"

#include "kiosk/flow/office/office_states.hpp"

namespace foyer::flow::office {

bool SummaryState::handleIntent(StateContext& context, const Intent& intent) {
  if (intent.kind != IntentKind::Confirm) return false;
  context.go(kDone);
  return true;
}

}  // namespace foyer::flow::office
