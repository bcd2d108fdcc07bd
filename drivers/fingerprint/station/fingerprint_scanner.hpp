#pragma once
#include <cstdint>

// The fingerprint scanner as the flow sees it: ask for one finger, or stop asking. Reports arrive as
// events on another thread (fingerprint_events.hpp).
namespace foyer::fingerprint {

class FingerprintScanner {
 public:
  virtual ~FingerprintScanner() = default;
  // Stops any capture under way and waits for the finger `position` (ISO/IEC 19794-4 code) to be
  // placed; returns the attempt's id (never 0). One attempt ends with one report.
  virtual std::uint64_t start(int position) = 0;
  virtual void stop() = 0;
};

}  // namespace foyer::fingerprint
