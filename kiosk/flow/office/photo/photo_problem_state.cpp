#include "kiosk/flow/office/photo/photo_problem_state.hpp"

#include "kiosk/flow/office/office_states.hpp"

namespace foyer::flow::office {

bool PhotoProblemState::handleIntent(StateContext& context, const Intent& intent) {
  if (intent.kind != IntentKind::Retry) return false;
  context.go(kPhoto);
  return true;
}

}  // namespace foyer::flow::office
