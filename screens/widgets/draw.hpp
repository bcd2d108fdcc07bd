#pragma once
#include <string_view>

#include "screens/theme/theme.hpp"
#include "screens/widgets/rect.hpp"
#include "screens/widgets/ui.hpp"

struct ImFont;

namespace foyer::screens {

// Start: where reading starts (left in LTR, right in RTL); End: the other side.
enum class Align { Start, Center, End };

unsigned int color(const Rgba& rgba);
void fillRect(const Rect& rect, const Rgba& color, float rounding = 0);
void strokeRect(const Rect& rect, const Rgba& color, float rounding, float thickness);

// Draws wrapped text inside `box` (top-aligned) and returns the height it used.
float drawText(Ui& ui, std::string_view text, ImFont* font, const Rect& box, Align align, const Rgba& color);
// Height `text` would take in a box of `width`.
float textHeight(Ui& ui, std::string_view text, ImFont* font, float width);
// Draws text vertically centred in `box`, on as many lines as it needs.
void drawTextCentered(Ui& ui, std::string_view text, ImFont* font, const Rect& box, Align align, const Rgba& color);

}  // namespace foyer::screens
