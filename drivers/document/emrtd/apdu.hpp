#pragma once
#include <cstdint>
#include <expected>
#include <optional>
#include <string>

#include "drivers/document/emrtd/bytes.hpp"

namespace foyer::document::emrtd {

// ISO/IEC 7816-4 command APDU. `le` is Ne, the number of response bytes expected: 256 is short Le 00,
// 65536 is extended Le 00 00. Encoding picks the extended form when data or Ne need it.
struct CommandApdu {
  std::uint8_t cla = 0x00;
  std::uint8_t ins = 0x00;
  std::uint8_t p1 = 0x00;
  std::uint8_t p2 = 0x00;
  Bytes data;
  std::optional<std::uint32_t> le;

  [[nodiscard]] bool extended() const;
  [[nodiscard]] Bytes encode() const;
};

struct ApduError {
  std::string message;
};

// Decodes a command (the card side of the simulator); rejects every malformed case of ISO 7816-3 §12.1.
std::expected<CommandApdu, ApduError> parseCommand(ByteView bytes);

namespace sw {
inline constexpr std::uint16_t kOk = 0x9000;
inline constexpr std::uint16_t kEndOfFileBeforeNe = 0x6282;
inline constexpr std::uint16_t kWrongLength = 0x6700;
inline constexpr std::uint16_t kSecurityNotSatisfied = 0x6982;
inline constexpr std::uint16_t kAuthenticationFailed = 0x6300;
inline constexpr std::uint16_t kSmObjectsMissing = 0x6987;
inline constexpr std::uint16_t kSmObjectsIncorrect = 0x6988;
inline constexpr std::uint16_t kConditionsNotSatisfied = 0x6985;
inline constexpr std::uint16_t kWrongData = 0x6A80;
inline constexpr std::uint16_t kFileNotFound = 0x6A82;
inline constexpr std::uint16_t kWrongP1P2 = 0x6B00;
inline constexpr std::uint16_t kInsNotSupported = 0x6D00;
inline constexpr std::uint16_t kClaNotSupported = 0x6E00;
}  // namespace sw

struct ResponseApdu {
  Bytes data;
  std::uint16_t sw = 0;
  [[nodiscard]] bool ok() const { return sw == sw::kOk; }
  [[nodiscard]] Bytes encode() const;
};

// A response is its data followed by SW1 SW2; fewer than two bytes is no response.
std::expected<ResponseApdu, ApduError> parseResponse(ByteView bytes);

}  // namespace foyer::document::emrtd
