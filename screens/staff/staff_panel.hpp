#pragma once
#include "screens/widgets/ui.hpp"

namespace foyer::screens::staff {

// The supervisor panel: what each step of the visit captured and how it was judged (photo checks and
// the face against the chip, each hand's print, the signature), and the actions the flow offers now.
void staffPanel(Ui& ui);

}  // namespace foyer::screens::staff
