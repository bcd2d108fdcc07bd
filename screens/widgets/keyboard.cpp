#include "screens/widgets/keyboard.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "screens/widgets/button.hpp"
#include "screens/widgets/draw.hpp"

namespace foyer::screens {
namespace {

constexpr std::array<std::string_view, 4> kRows{"1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"};
constexpr float kColumns = 10;
constexpr float kBackspaceKeys = 2.5F;  // the delete key is as wide as this many keys

}  // namespace

void keyboard(Ui& ui, const Rect& area, KeyboardKeys keys, std::string_view backspaceLabel) {
  const Metrics& m = ui.metrics();
  const Palette& p = ui.palette();
  const float gap = std::max(6.0F, m.gap * 0.5F);
  const float keyWidth = std::min(m.touchTarget * 1.4F, (area.w - gap * (kColumns - 1)) / kColumns);
  const float keyHeight =
      std::clamp((area.h - gap * static_cast<float>(kRows.size() - 1)) / static_cast<float>(kRows.size()),
                 Metrics::kMinTouchTarget, m.touchTarget);
  const float fullWidth = keyWidth * kColumns + gap * (kColumns - 1);
  const float left = area.x + (area.w - fullWidth) / 2;
  for (std::size_t row = 0; row < kRows.size(); ++row) {
    const std::string_view letters = kRows[row];
    // Rows are centred as on a real keyboard; the last row leaves room for the delete key.
    const float units = static_cast<float>(letters.size()) + (row + 1 == kRows.size() ? kBackspaceKeys : 0);
    const float rowWidth = keyWidth * units + gap * (units - 1);
    float x = left + (fullWidth - rowWidth) / 2;
    const float y = area.y + static_cast<float>(row) * (keyHeight + gap);
    for (char c : letters) {
      const Rect key{x, y, keyWidth, keyHeight};
      const std::string label(1, c);
      const bool enabled = keys == KeyboardKeys::Capitals || (c >= '0' && c <= '9');
      if (enabled) {
        if (button(ui, "key." + label, {label}, key, ButtonStyle::Choice)) {
          ui.emit(flow::Intent{flow::IntentKind::TypeKey, label});
        }
      } else {
        strokeRect(key, p.divider, m.corner, 1.0F);
        drawTextCentered(ui, label, ui.theme.fonts.text, key, Align::Center, p.divider);
      }
      x += keyWidth + gap;
    }
    if (row + 1 == kRows.size()) {
      const Rect key{x, y, keyWidth * kBackspaceKeys + gap * (kBackspaceKeys - 1), keyHeight};
      if (button(ui, "key.backspace", {backspaceLabel}, key, ButtonStyle::Secondary)) {
        ui.emit(flow::Intent{flow::IntentKind::TypeKey, "backspace"});
      }
    }
  }
}

}  // namespace foyer::screens
