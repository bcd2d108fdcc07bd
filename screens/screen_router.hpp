#pragma once
#include "screens/widgets/ui.hpp"

namespace foyer::screens {

// Draws the whole frame for the flow's current state: the state's screen, then any modal question
// over it in a window of its own, so nothing behind the question can be tapped.
void drawFrame(Ui& ui);

// The colour the whole window is cleared to before drawing the current screen. Screens do not paint
// their own full-window background: on a software renderer every full-window fill costs milliseconds.
Rgba backgroundOf(const flow::FlowView& view, const Palette& palette);

}  // namespace foyer::screens
