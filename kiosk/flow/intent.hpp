#pragma once
#include <string>

namespace foyer::flow {

// What a visitor (or staff member) asked for by touching the screen. Screens emit intents; only the flow
// decides what they mean in the current state.
enum class IntentKind {
  Start,           // touched the attract screen
  Back,
  Cancel,          // asks to end the visit; a step asks for confirmation first
  ConfirmCancel,
  KeepVisit,       // "No, continue" on the cancel question
  Help,
  CloseHelp,
  StillHere,       // answered "Are you still there?"
  ChooseLanguage,  // value: language code
  ChooseService,   // value: service id
  Confirm,         // the main "continue" action of a step
  Retry,           // try the step's device again (read the document again)
  TypeInstead,     // type the document data because it cannot be read
  SelectField,     // value: which input field gets the keyboard
  TypeKey,         // value: one character, or "backspace"
};

struct Intent {
  IntentKind kind;
  std::string value;

  friend bool operator==(const Intent&, const Intent&) = default;
};

const char* toString(IntentKind kind);

}  // namespace foyer::flow
