#include "kiosk/flow/office/document/document_problem_state.hpp"

#include "kiosk/flow/office/office_states.hpp"

namespace foyer::flow::office {

bool DocumentProblemState::handleIntent(StateContext& context, const Intent& intent) {
  visit::DocumentStep& step = context.visit().document;
  if (intent.kind == IntentKind::Retry) {
    step.useTypedData = false;  // read from the camera again
    context.go(kDocument);
    return true;
  }
  if (intent.kind == IntentKind::TypeInstead) {
    context.go(kDocumentTyping);
    return true;
  }
  return false;
}

}  // namespace foyer::flow::office
