#include "kiosk/flow/office/document/document_check_state.hpp"

#include "kiosk/flow/office/office_states.hpp"

namespace foyer::flow::office {

bool DocumentCheckState::handleIntent(StateContext& context, const Intent& intent) {
  visit::Visit& visit = context.visit();
  if (intent.kind == IntentKind::Confirm) {
    // Services that need a photo go on to it; the others are done with the document.
    context.go(context.config().serviceNeeds(visit.serviceId, config::kPhotoStep) ? kPhoto : kSummary);
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
