#pragma once
#include <string_view>

#include "screens/widgets/ui.hpp"

namespace foyer::screens {

// One "label: value" line of a summary, label at the reading start taking `labelShare` of the width.
// A value that must keep left-to-right order (a document number, a date) stays so in RTL pages and sits
// next to its label. Returns the height used, with the gap below.
float labelledRow(Ui& ui, const Rect& area, float y, std::string_view label, std::string_view value,
                  float labelShare, bool valueLeftToRight = false);

}  // namespace foyer::screens
