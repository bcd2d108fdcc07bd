#include "kiosk/flow/office/attract_state.hpp"

#include "kiosk/flow/office/office_states.hpp"

namespace foyer::flow::office {

bool AttractState::handleIntent(StateContext& context, const Intent& intent) {
  if (intent.kind != IntentKind::Start) return false;
  context.go(kLanguage);
  return true;
}

}  // namespace foyer::flow::office
