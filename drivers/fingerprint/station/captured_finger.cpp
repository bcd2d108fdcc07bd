#include "drivers/fingerprint/station/captured_finger.hpp"

namespace foyer::fingerprint {

void CapturedFinger::wipe() {
  foyer::wipe(grey);
  foyer::wipe(png);
  width = height = 0;
  score = 0;
  pass = false;
  hint.clear();
  quality.clear();
}

}  // namespace foyer::fingerprint
