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
  InkDown,         // value: "x,y" in the signature field (0-1 each): a stroke begins
  InkMove,         // value: "x,y": the stroke goes on
  InkUp,           // the finger left the field
  // Staff supervision. Only the staff gesture and the login pad work without an open staff session.
  StaffOpen,       // a tap on the staff corner; three within a few seconds show the staff login
  StaffField,      // value: "id" or "pin": which login field the digit pad types into
  StaffKey,        // value: one digit, or "backspace"
  StaffLogin,
  StaffClose,
  StaffApprove,    // keep the current step's capture as it is
  StaffRedo,       // value: "photo", "fingerprints:right", "fingerprints:left" or "signature"
  StaffFinger,     // value: "missing" or "bandaged": the finger asked for cannot give a print
  StaffCancelVisit,
};

struct Intent {
  IntentKind kind;
  std::string value;

  friend bool operator==(const Intent&, const Intent&) = default;
};

const char* toString(IntentKind kind);

inline bool isStaffIntent(IntentKind kind) { return kind >= IntentKind::StaffOpen; }

}  // namespace foyer::flow
