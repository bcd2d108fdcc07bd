#include "kiosk/flow/office/document/document_check_state.hpp"

#include "kiosk/flow/office/capture_sequence.hpp"
#include "kiosk/flow/office/office_states.hpp"

namespace foyer::flow::office {

bool DocumentCheckState::handleIntent(StateContext& context, const Intent& intent) {
  visit::Visit& visit = context.visit();
  if (intent.kind == IntentKind::Confirm) {
    // On to the first capture step the service needs; services that need none are done with the document.
    context.go(nextCaptureState(context, ""));
    return true;
  }
  if (intent.kind == IntentKind::Retry) {
    if (visit.identity) visit.identity->wipe();
    visit.identity.reset();
    ++visit.identitySerial;
    visit::wipeDocumentStep(visit.document);
    context.go(kDocument);
    return true;
  }
  return false;
}

}  // namespace foyer::flow::office
