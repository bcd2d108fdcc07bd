#pragma once
#include "screens/widgets/ui.hpp"

namespace foyer::screens::office {

// A hand seen from above (the back of the hand, as it lies on the scanner), drawn without image files,
// with the finger asked for filled and ringed. `position` is an ISO/IEC 19794-4 finger code; 0 draws
// no finger highlighted. Hands are physical: they are not mirrored for right-to-left languages.
void handPicture(Ui& ui, const Rect& area, bool rightHand, int position, bool done);

}  // namespace foyer::screens::office
