#pragma once
#include "kiosk/visit/photo_step.hpp"

namespace foyer::flow::office {

// One more attempt failed (timed out, or its photo was not kept): staff help once there were enough.
inline void countFailedAttempt(visit::PhotoStep& step, int staffHelpAfter) {
  ++step.failedAttempts;
  step.staffHelp = step.failedAttempts >= staffHelpAfter;
}

}  // namespace foyer::flow::office
