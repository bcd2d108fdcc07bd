#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "drivers/fingerprint/finger_plan.hpp"
#include "drivers/fingerprint/station/captured_finger.hpp"

namespace foyer::visit {

// Where the fingerprint step stands, for its screens to draw and for the record.
struct FingerprintStep {
  enum class Problem { None, NoScanner, ScannerLost, OutOfOrder };
  std::optional<fingerprint::FingerPlan> plan;  // set when the step is first entered in a visit
  std::uint64_t attemptId = 0;  // the scanner attempt whose reports count
  int finger = 0;               // the finger asked for now (ISO/IEC 19794-4 position); 0 when done
  std::string hint;             // translation key of the current instruction
  bool lastGood = false;        // the newest print was good: the screen says so before the next finger
  std::optional<fingerprint::CapturedFinger> last;  // the newest print, shown to the visitor
  // The best print per hand, right then left: a good one once it came, else the best of the tries
  // (kept for the clerk; the plan records why the hand has no good print).
  std::array<std::optional<fingerprint::CapturedFinger>, 2> best;
  std::array<bool, 2> approvedByStaff{};  // staff kept a print that did not pass
  Problem problem = Problem::None;

  [[nodiscard]] bool complete() const { return plan && plan->complete(); }
};

}  // namespace foyer::visit
