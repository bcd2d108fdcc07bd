#pragma once
#include <string_view>

#include "screens/widgets/ui.hpp"

namespace foyer::screens {

// The frame every visit step shares: title and progress on top; Back, Help and Cancel at the bottom
// (Back where reading starts). Returns the area left for the step's own content.
Rect pageFrame(Ui& ui, std::string_view title);

}  // namespace foyer::screens
