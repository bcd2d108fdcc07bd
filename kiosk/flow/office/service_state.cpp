#include "kiosk/flow/office/service_state.hpp"

#include "kiosk/flow/office/office_states.hpp"

namespace foyer::flow::office {

bool ServiceState::handleIntent(StateContext& context, const Intent& intent) {
  if (intent.kind != IntentKind::ChooseService) return false;
  if (context.config().findService(intent.value) == nullptr) return true;  // stale or forged id: ignore
  context.visit().serviceId = intent.value;
  context.go(kDocument);
  return true;
}

}  // namespace foyer::flow::office
