#pragma once
#include "screens/widgets/ui.hpp"

namespace foyer::screens {

// The questions and panels that can cover any step. Each is modal: only its own buttons act.
void drawHelpPanel(Ui& ui);
void drawIdleQuestion(Ui& ui);
void drawCancelQuestion(Ui& ui);

}  // namespace foyer::screens
