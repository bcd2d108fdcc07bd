#pragma once
#include <cstddef>
#include <cstdint>
#include <expected>
#include <optional>

#include "drivers/payment/protocol/zvt_bytes.hpp"
#include "drivers/payment/protocol/zvt_error.hpp"

namespace foyer::payment::zvt {

// One ZVT APDU: control field (CLASS INSTR for commands, CCRC APRC for answers) and its data block.
struct Apdu {
  std::uint8_t cls = 0;
  std::uint8_t instr = 0;
  Bytes data;

  // CLASS and INSTR as one number: 0x0601 for an Authorization, 0x8000 for a positive answer.
  [[nodiscard]] std::uint16_t command() const { return static_cast<std::uint16_t>(cls << 8 | instr); }
  bool operator==(const Apdu&) const = default;
};

inline constexpr std::size_t kMaxApduData = 65535;
// Longest encoded APDU: CLASS INSTR FF lo hi and 65535 data bytes.
inline constexpr std::size_t kMaxApduSize = kMaxApduData + 5;

// Length byte 00..FE, or FF lo hi (little endian) for 255 data bytes and more. More than 65535 data bytes
// cannot be expressed: std::length_error (a programming error; no builder makes such an APDU).
Bytes encodeApdu(const Apdu& apdu);
// Header size of the encoded form: 3, or 5 with the extended length.
std::size_t apduHeaderSize(const Apdu& apdu);
// Exactly one APDU: a short header, a length running past the end and bytes after the end are errors.
// The extended form is accepted for any length (L1: 04 0F FF 01 00 6C has one data byte).
std::expected<Apdu, ZvtError> decodeApdu(ByteView exactlyOneApdu);
// The size of the APDU at the start of `bytes` (header and data) once its header is complete, whether or
// not the data is all there yet; empty while the header is incomplete.
std::optional<std::size_t> apduSizeFromHeader(ByteView bytes);

// Reassembles APDUs from a TCP byte stream: any fragmentation, several APDUs in one segment. TCP carries
// bare APDUs, so every byte belongs to some APDU and no resynchronisation is possible or needed; a peer
// that sends garbage is closed on by the application's timers.
class ApduStream {
 public:
  void feed(ByteView bytes);
  // The next complete APDU, or nothing while its bytes are still missing.
  std::optional<Apdu> next();
  // Bytes received but not yet returned as an APDU.
  [[nodiscard]] std::size_t buffered() const { return m_bytes.size() - m_start; }
  void clear();

 private:
  Bytes m_bytes;
  std::size_t m_start = 0;  // bytes before this were returned already
};

}  // namespace foyer::payment::zvt
