#pragma once
#include <string_view>

#include "screens/widgets/ui.hpp"

namespace foyer::screens::office {

// What every "device not ready" page of a visit shows: what happened (a warning), that staff can help,
// and "Try again" (widget `retryId`, emits Retry). Texts are translation keys.
struct DeviceProblemText {
  std::string_view title;
  std::string_view message;
  std::string_view staff;
  std::string_view retry;
};
void deviceProblemPage(Ui& ui, const DeviceProblemText& text, std::string_view retryId);

}  // namespace foyer::screens::office
