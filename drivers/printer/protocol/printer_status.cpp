#include "drivers/printer/protocol/printer_status.hpp"

namespace foyer::printer::escpos {
namespace {

constexpr std::uint8_t kRealTimeFixedMask = 0x93;  // bits 7, 4, 1, 0
constexpr std::uint8_t kRealTimeFixedValue = 0x12;
constexpr std::uint8_t kAsbFirstFixedMask = 0x93;
constexpr std::uint8_t kAsbFirstFixedValue = 0x10;
constexpr std::uint8_t kAsbFollowingFixedMask = 0x90;

constexpr bool bit(std::uint8_t byte, int n) { return ((byte >> n) & 1) != 0; }
constexpr std::uint8_t flag(bool on, int n) { return static_cast<std::uint8_t>(on ? (1U << n) : 0U); }

PrinterStatus merged(PrinterStatus a, const PrinterStatus& b) {
  a.offline |= b.offline;
  a.coverOpen |= b.coverOpen;
  a.paperEnd |= b.paperEnd;
  a.paperNearEnd |= b.paperNearEnd;
  a.cutterError |= b.cutterError;
  a.unrecoverableError |= b.unrecoverableError;
  a.autoRecoverableError |= b.autoRecoverableError;
  a.feedButton |= b.feedButton;
  a.recoverableError |= b.recoverableError;
  a.errorOccurred |= b.errorOccurred;
  a.waitingForOnlineRecovery |= b.waitingForOnlineRecovery;
  a.drawerPinHigh |= b.drawerPinHigh;
  return a;
}

}  // namespace

bool PrinterStatus::ready() const {
  return !offline && !coverOpen && !paperEnd && !cutterError && !unrecoverableError && !autoRecoverableError &&
         !recoverableError && !errorOccurred;
}

Bytes realTimeStatusRequest(StatusQuery query) { return {0x10, 0x04, static_cast<std::uint8_t>(query)}; }

bool isRealTimeStatusReply(std::uint8_t reply) { return (reply & kRealTimeFixedMask) == kRealTimeFixedValue; }

std::expected<PrinterStatus, StatusError> decodeRealTimeStatus(StatusQuery query, std::uint8_t reply) {
  if (!isRealTimeStatusReply(reply)) {
    return std::unexpected(StatusError{"real-time status reply without the fixed bits 0xx1xx10"});
  }
  PrinterStatus status;
  switch (query) {
    case StatusQuery::Printer:
      status.drawerPinHigh = bit(reply, 2);
      status.offline = bit(reply, 3);
      status.waitingForOnlineRecovery = bit(reply, 5);
      status.feedButton = bit(reply, 6);
      return status;
    case StatusQuery::OfflineCause:
      status.coverOpen = bit(reply, 2);
      status.feedButton = bit(reply, 3);
      status.paperEnd = bit(reply, 5);
      status.errorOccurred = bit(reply, 6);
      return status;
    case StatusQuery::ErrorCause:
      status.recoverableError = bit(reply, 2);
      status.cutterError = bit(reply, 3);
      status.unrecoverableError = bit(reply, 5);
      status.autoRecoverableError = bit(reply, 6);
      return status;
    case StatusQuery::PaperSensor:
      // Each sensor reports on two bits; a printer sets both, so one set bit is enough to warn.
      status.paperNearEnd = bit(reply, 2) || bit(reply, 3);
      status.paperEnd = bit(reply, 5) || bit(reply, 6);
      return status;
  }
  return std::unexpected(StatusError{"real-time status query outside 1..4"});
}

std::expected<PrinterStatus, StatusError> combineRealTimeStatus(std::span<const RealTimeReply> replies) {
  PrinterStatus status;
  for (const auto& reply : replies) {
    auto one = decodeRealTimeStatus(reply.query, reply.reply);
    if (!one) return std::unexpected(one.error());
    status = merged(status, *one);
  }
  return status;
}

std::expected<PrinterStatus, StatusError> combineRealTimeStatus(const std::array<std::uint8_t, 4>& replies) {
  const std::array<RealTimeReply, 4> numbered = {
      RealTimeReply{StatusQuery::Printer, replies[0]}, RealTimeReply{StatusQuery::OfflineCause, replies[1]},
      RealTimeReply{StatusQuery::ErrorCause, replies[2]}, RealTimeReply{StatusQuery::PaperSensor, replies[3]}};
  return combineRealTimeStatus(std::span<const RealTimeReply>(numbered));
}

std::uint8_t encodeRealTimeStatus(const PrinterStatus& status, StatusQuery query) {
  std::uint8_t reply = kRealTimeFixedValue;
  switch (query) {
    case StatusQuery::Printer:
      reply |= static_cast<std::uint8_t>(flag(status.drawerPinHigh, 2) | flag(status.offline, 3) |
                                         flag(status.waitingForOnlineRecovery, 5) | flag(status.feedButton, 6));
      break;
    case StatusQuery::OfflineCause:
      reply |= static_cast<std::uint8_t>(flag(status.coverOpen, 2) | flag(status.feedButton, 3) |
                                         flag(status.paperEnd, 5) | flag(status.errorOccurred, 6));
      break;
    case StatusQuery::ErrorCause:
      reply |= static_cast<std::uint8_t>(flag(status.recoverableError, 2) | flag(status.cutterError, 3) |
                                         flag(status.unrecoverableError, 5) | flag(status.autoRecoverableError, 6));
      break;
    case StatusQuery::PaperSensor:
      reply |= static_cast<std::uint8_t>((status.paperNearEnd ? 0x0C : 0) | (status.paperEnd ? 0x60 : 0));
      break;
  }
  return reply;
}

Bytes autoStatusBackRequest(std::uint8_t enableMask) { return {0x1D, 0x61, enableMask}; }

bool isAsbFirstByte(std::uint8_t byte) { return (byte & kAsbFirstFixedMask) == kAsbFirstFixedValue; }
bool isAsbFollowingByte(std::uint8_t byte) { return (byte & kAsbFollowingFixedMask) == 0; }

std::expected<PrinterStatus, StatusError> decodeAsb(const AsbBlock& block) {
  if (!isAsbFirstByte(block[0])) return std::unexpected(StatusError{"ASB byte 1 without the fixed bits 0xx1xx00"});
  for (std::size_t i = 1; i < block.size(); ++i) {
    if (!isAsbFollowingByte(block[i])) {
      return std::unexpected(StatusError{"ASB byte " + std::to_string(i + 1) + " without the fixed bits 0xx0xxxx"});
    }
  }
  PrinterStatus status;
  status.drawerPinHigh = bit(block[0], 2);
  status.offline = bit(block[0], 3);
  status.coverOpen = bit(block[0], 5);
  status.feedButton = bit(block[0], 6);
  status.waitingForOnlineRecovery = bit(block[1], 0);
  status.recoverableError = bit(block[1], 2);
  status.cutterError = bit(block[1], 3);
  status.unrecoverableError = bit(block[1], 5);
  status.autoRecoverableError = bit(block[1], 6);
  status.paperNearEnd = (block[2] & 0x03) != 0;
  status.paperEnd = (block[2] & 0x0C) != 0;
  return status;
}

AsbBlock encodeAsb(const PrinterStatus& status) {
  return {static_cast<std::uint8_t>(kAsbFirstFixedValue | flag(status.drawerPinHigh, 2) | flag(status.offline, 3) |
                                    flag(status.coverOpen, 5) | flag(status.feedButton, 6)),
          static_cast<std::uint8_t>(flag(status.waitingForOnlineRecovery, 0) | flag(status.recoverableError, 2) |
                                    flag(status.cutterError, 3) | flag(status.unrecoverableError, 5) |
                                    flag(status.autoRecoverableError, 6)),
          static_cast<std::uint8_t>((status.paperNearEnd ? 0x03 : 0) | (status.paperEnd ? 0x0C : 0)), 0x00};
}

}  // namespace foyer::printer::escpos
