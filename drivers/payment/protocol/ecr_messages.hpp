#pragma once
#include <cstdint>
#include <expected>
#include <optional>
#include <variant>
#include <vector>

#include "drivers/payment/protocol/apdu.hpp"
#include "drivers/payment/protocol/tlv.hpp"

namespace foyer::payment::zvt {

// What the ECR sends the PT, decoded: the simulator's view of the kiosk (and the trace describer's).

struct RegistrationCommand {
  std::uint32_t password = 0;
  std::uint8_t config = 0;
  std::optional<std::uint16_t> currency;
  std::optional<std::uint8_t> service;
  std::optional<std::vector<TlvObject>> tlv;  // set when a container was sent, even an empty one
  bool operator==(const RegistrationCommand&) const = default;
};

struct AuthorizationCommand {
  std::optional<std::uint64_t> amountCents;
  std::optional<std::uint16_t> currency;
  std::optional<std::uint8_t> paymentType;
  std::optional<std::uint8_t> timeoutSeconds;
  std::optional<std::uint8_t> maxStatusInfos;
  std::optional<std::uint8_t> cardType;
  std::optional<std::vector<TlvObject>> tlv;
  bool operator==(const AuthorizationCommand&) const = default;
};

struct ReversalCommand {
  std::uint32_t password = 0;
  std::optional<std::uint32_t> receiptNumber;
  std::optional<std::uint64_t> amountCents;
  std::optional<std::uint16_t> currency;
  std::optional<std::vector<TlvObject>> tlv;
  bool operator==(const ReversalCommand&) const = default;
};

struct RefundCommand {
  std::uint32_t password = 0;
  std::optional<std::uint64_t> amountCents;
  std::optional<std::uint16_t> currency;
  std::optional<std::vector<TlvObject>> tlv;
  bool operator==(const RefundCommand&) const = default;
};

struct EndOfDayCommand {
  std::uint32_t password = 0;
  std::optional<std::vector<TlvObject>> tlv;
  bool operator==(const EndOfDayCommand&) const = default;
};

struct StatusEnquiryCommand {
  std::optional<std::uint32_t> password;
  std::optional<std::uint8_t> service;
  std::optional<std::vector<TlvObject>> tlv;
  bool operator==(const StatusEnquiryCommand&) const = default;
};

struct RepeatReceiptCommand {
  std::uint32_t password = 0;
  std::optional<std::uint8_t> service;
  std::optional<std::vector<TlvObject>> tlv;
  // Service byte bit 0: re-send the last status information; bit 1: no printout.
  [[nodiscard]] bool statusInformationWanted() const { return service && (*service & 0x01) != 0; }
  [[nodiscard]] bool printSuppressed() const { return service && (*service & 0x02) != 0; }
  bool operator==(const RepeatReceiptCommand&) const = default;
};

struct AbortCommand {
  std::optional<std::uint8_t> cardOutputDirection;  // D2
  std::optional<std::uint8_t> readerActivation;     // FA
  bool operator==(const AbortCommand&) const = default;
};

struct LogOffCommand {
  bool operator==(const LogOffCommand&) const = default;
};

struct DiagnosisCommand {
  std::optional<std::vector<TlvObject>> tlv;
  bool operator==(const DiagnosisCommand&) const = default;
};

// 80 00 (the ECR's acknowledgement) and 84 xx (84 00 also acknowledges a status information; 84 9C asks
// the PT to ask again; others refuse).
struct EcrAck {
  bool operator==(const EcrAck&) const = default;
};
struct EcrNak {
  std::uint8_t code = 0;
  bool operator==(const EcrNak&) const = default;
};

struct UnknownCommand {
  Apdu apdu;
  bool operator==(const UnknownCommand&) const = default;
};

using EcrMessage = std::variant<RegistrationCommand, AuthorizationCommand, ReversalCommand, RefundCommand,
                                EndOfDayCommand, StatusEnquiryCommand, RepeatReceiptCommand, AbortCommand,
                                LogOffCommand, DiagnosisCommand, EcrAck, EcrNak, UnknownCommand>;

// Errors with offsets from the APDU's CLASS byte (a known command with malformed data: a PT answers
// those with 84 9A 00, protocol error).
std::expected<EcrMessage, ZvtError> decodeEcrMessage(const Apdu& apdu);

}  // namespace foyer::payment::zvt
