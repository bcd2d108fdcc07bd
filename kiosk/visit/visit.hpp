#pragma once
#include <cstdint>
#include <string>

namespace foyer::visit {

// Everything one visitor's session has chosen or captured. Owned by the flow (frame-loop thread only);
// later steps add document data and biometrics here, and wipe() must clear every field they add.
struct Visit {
  std::uint64_t number = 0;  // counts visits since start: lets logs tell visits apart without personal data
  std::string language;
  std::string serviceId;

  [[nodiscard]] bool active() const { return number != 0; }
  // Forgets the visit: personal fields are overwritten, the language returns to the terminal's default.
  void wipe(const std::string& defaultLanguage);
};

}  // namespace foyer::visit
