#pragma once
#include <array>
#include <cstdint>
#include <expected>
#include <span>
#include <string>

#include "drivers/printer/protocol/bytes.hpp"

// What the printer says about itself: real-time status (DLE EOT n, one byte per query) and Automatic
// Status Back (GS a, 4-byte blocks sent unasked). Decoders for the kiosk, encoders for the simulator.
namespace foyer::printer::escpos {

struct PrinterStatus {
  bool offline = false;
  bool coverOpen = false;
  bool paperEnd = false;
  bool paperNearEnd = false;
  bool cutterError = false;
  bool unrecoverableError = false;
  bool autoRecoverableError = false;  // head too hot, cover opened while printing
  bool feedButton = false;            // the feed button is held / paper is being fed by it
  bool recoverableError = false;
  bool errorOccurred = false;         // DLE EOT 2 bit 6: the printer stopped because of an error
  bool waitingForOnlineRecovery = false;
  bool drawerPinHigh = false;

  // Able to print now. A near end is a warning for staff, not a refusal.
  [[nodiscard]] bool ready() const;
  bool operator==(const PrinterStatus&) const = default;
};

// Which DLE EOT n: 1 printer, 2 offline cause, 3 error cause, 4 roll paper sensor.
enum class StatusQuery : std::uint8_t { Printer = 1, OfflineCause = 2, ErrorCause = 3, PaperSensor = 4 };

struct StatusError {
  std::string message;
};

// DLE EOT n = 10 04 n.
Bytes realTimeStatusRequest(StatusQuery query);

// A real-time reply has the fixed pattern 0xx1 xx10; this is how it is told apart from ASB and other replies.
bool isRealTimeStatusReply(std::uint8_t reply);

// One reply: the fields that query reports; all others stay false.
std::expected<PrinterStatus, StatusError> decodeRealTimeStatus(StatusQuery query, std::uint8_t reply);

struct RealTimeReply {
  StatusQuery query = StatusQuery::Printer;
  std::uint8_t reply = 0;
};
// Several replies (e.g. to DLE EOT 1, 2 and 4, as the kiosk asks before a payment) as one status.
std::expected<PrinterStatus, StatusError> combineRealTimeStatus(std::span<const RealTimeReply> replies);
// The four replies to DLE EOT 1, 2, 3 and 4, in that order.
std::expected<PrinterStatus, StatusError> combineRealTimeStatus(const std::array<std::uint8_t, 4>& replies);

// The byte a printer in this state answers to DLE EOT n.
std::uint8_t encodeRealTimeStatus(const PrinterStatus& status, StatusQuery query);

// GS a n = 1D 61 n; n bits: 0 drawer, 1 online/offline, 2 errors, 3 roll paper sensor (0x0F all, 0 off).
Bytes autoStatusBackRequest(std::uint8_t enableMask);

using AsbBlock = std::array<std::uint8_t, 4>;
// Byte 1 has the fixed pattern 0xx1 xx00, bytes 2..4 0xx0 xxxx.
bool isAsbFirstByte(std::uint8_t byte);
bool isAsbFollowingByte(std::uint8_t byte);
std::expected<PrinterStatus, StatusError> decodeAsb(const AsbBlock& block);
AsbBlock encodeAsb(const PrinterStatus& status);

}  // namespace foyer::printer::escpos
