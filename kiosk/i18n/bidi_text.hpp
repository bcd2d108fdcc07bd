#pragma once
#include <string>
#include <string_view>

#include "kiosk/i18n/language_info.hpp"

namespace foyer::i18n {

// Turns one line of text from logical order (as typed and stored) into the order it is drawn, left to right,
// with Arabic letters replaced by their joined presentation forms. Numbers and Latin words inside
// right-to-left text keep their left-to-right order. ImGui draws glyphs strictly left to right, so every
// line must pass through here before drawing. Break lines *before* calling this: reordering is per line.
std::string toVisualOrder(std::string_view logicalLine, Direction paragraph);

}  // namespace foyer::i18n
