#pragma once
#include <string_view>

#include "screens/widgets/ui.hpp"

namespace foyer::screens {

// A modal card over the (dimmed, see drawFrame) screen. Returns the card's rectangle below title and message, where
// the caller puts its buttons (`buttonRows` rows of touch-target height are reserved).
Rect dialog(Ui& ui, std::string_view title, std::string_view message, int buttonRows);

}  // namespace foyer::screens
