#pragma once
#include <string_view>

#include "screens/widgets/draw.hpp"

namespace foyer::screens {

enum class ButtonStyle {
  Primary,    // the step's main action: filled
  Secondary,  // Back, Help: outlined
  Danger,     // Cancel, end visit: outlined in red
  Tile,       // a choice in a list (service): white card, text at the reading start
  Choice,     // a choice among equals (language): white card, text centred
};

struct ButtonText {
  std::string_view label;
  std::string_view detail{};  // a second, smaller line (tiles)
  std::string_view trailing{};  // right side in LTR, e.g. a fee (tiles)
};

// A touch button at `rect`, recorded under `id` for tests and layout checks. Returns true when tapped
// (finger lifted inside it). Labels are translated text in logical order; layout handles direction.
bool button(Ui& ui, std::string_view id, const ButtonText& text, const Rect& rect, ButtonStyle style);

// An invisible tappable area (the whole attract screen); recorded like a button.
bool tapArea(Ui& ui, std::string_view id, const Rect& rect);

}  // namespace foyer::screens
