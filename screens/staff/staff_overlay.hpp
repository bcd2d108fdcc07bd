#pragma once
#include "screens/widgets/ui.hpp"

namespace foyer::screens::staff {

// The staff corner: an unmarked touch area at the top corner where reading ends (three taps open the
// staff login). Drawn during a visit, except while a question or the staff overlay covers the screen.
void staffCorner(Ui& ui);
// The staff overlay (login pad or supervisor panel), modal over the visitor's screen, always in the
// terminal's own language.
void drawStaffOverlay(Ui& ui);

}  // namespace foyer::screens::staff
