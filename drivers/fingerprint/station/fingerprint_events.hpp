#pragma once
#include <cstdint>
#include <string>

#include "drivers/fingerprint/station/captured_finger.hpp"

// What the fingerprint scanner reports, each tagged with the attempt it belongs to, so a late report of
// a stopped attempt can be told apart and ignored.
namespace foyer::fingerprint {

// A finger was read and judged; `finger.pass` says whether it is good enough.
struct FingerCaptured {
  std::uint64_t attemptId = 0;
  CapturedFinger finger;
};

// The scanner itself asked for another try (its own check failed): the instruction to show.
struct FingerRetry {
  std::uint64_t attemptId = 0;
  std::string hint;  // translation key
};

struct ScannerFailed {
  enum class Kind {
    NoScanner,  // none found, or it cannot be opened
    Removed,    // unplugged while in use
    Error,      // the scanner reported a fault
  };
  std::uint64_t attemptId = 0;
  Kind kind = Kind::NoScanner;
  std::string message;  // for logs and staff; never personal data
};

}  // namespace foyer::fingerprint
