#pragma once
#include <string>
#include <variant>

#include "drivers/document/station/station_events.hpp"
#include "drivers/fingerprint/station/fingerprint_events.hpp"
#include "drivers/payment/station/payment_events.hpp"
#include "drivers/photo/station/photo_events.hpp"
#include "kiosk/printing/ticket_printer.hpp"

namespace foyer::flow {

// Results that reach the flow from outside the frame loop: driver workers, the clock.
// Each is a value; nothing here points into another thread's state.

struct TimerExpired {
  std::string name;
};

// A device stopped working. `reason` is for logs and staff (precise, never personal data);
// the visitor sees a translated message chosen by the flow.
struct DeviceFault {
  std::string device;
  std::string reason;
};

using Event = std::variant<TimerExpired, DeviceFault, document::DocumentProgress, document::DocumentReadDone,
                           document::DocumentReadFailed, photo::PhotoGuidance, photo::PhotoTaken, photo::PhotoFailed,
                           fingerprint::FingerCaptured, fingerprint::FingerRetry, fingerprint::ScannerFailed,
                           payment::PaymentPrompt, payment::PaymentEnded, payment::PaymentRecovered,
                           printing::PrintEnded>;

}  // namespace foyer::flow
