#pragma once
#include "screens/widgets/ui.hpp"

namespace foyer::screens {

// Draws the whole frame for the flow's current state: the state's screen, then any modal question
// over it in a window of its own, so nothing behind the question can be tapped.
void drawFrame(Ui& ui);

}  // namespace foyer::screens
