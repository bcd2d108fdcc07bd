#include "kiosk/flow/office/fingerprint/fingerprint_problem_state.hpp"

#include "kiosk/flow/office/office_states.hpp"

namespace foyer::flow::office {

bool FingerprintProblemState::handleIntent(StateContext& context, const Intent& intent) {
  if (intent.kind != IntentKind::Retry) return false;
  context.go(kFingerprints);
  return true;
}

}  // namespace foyer::flow::office
