#include "kiosk/flow/office/document/document_typing_state.hpp"

#include "kiosk/flow/office/document/typed_access_data.hpp"
#include "kiosk/flow/office/office_states.hpp"

namespace foyer::flow::office {

bool DocumentTypingState::handleIntent(StateContext& context, const Intent& intent) {
  visit::TypedAccessData& typed = context.visit().document.typed;
  using Field = visit::TypedAccessData::Field;
  switch (intent.kind) {
    case IntentKind::SelectField:
      if (intent.value == "number") typed.active = Field::DocumentNumber;
      else if (intent.value == "birth") typed.active = Field::BirthDate;
      else if (intent.value == "expiry") typed.active = Field::ExpiryDate;
      return true;
    case IntentKind::TypeKey:
      typeKey(typed, intent.value);
      return true;
    case IntentKind::Confirm:
      if (auto key = accessKeyFrom(typed)) {
        key->wipe();  // checked here; the read builds its own from the same data
        context.visit().document.useTypedData = true;
        context.go(kDocument);
      }
      return true;
    default:
      return false;
  }
}

}  // namespace foyer::flow::office
