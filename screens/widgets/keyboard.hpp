#pragma once
#include <string_view>

#include "screens/widgets/ui.hpp"

namespace foyer::screens {

enum class KeyboardKeys {
  Capitals,  // A-Z and 0-9, as in an MRZ
  Digits,    // 0-9 only: letters are shown, greyed and not tappable, so the layout does not jump
};

// An on-screen keyboard in `area`: QWERTY rows under a row of digits, and a delete key. Keys emit
// TypeKey intents ("A", "7", "backspace") and are recorded as "key.A", "key.7", "key.backspace". The
// layout is the same in every language (MRZ characters are Latin).
void keyboard(Ui& ui, const Rect& area, KeyboardKeys keys, std::string_view backspaceLabel);

}  // namespace foyer::screens
