#pragma once
#include <cstddef>
#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "drivers/document/emrtd/bytes.hpp"

namespace foyer::document::emrtd {

// One BER-TLV data object (ISO/IEC 7816-4 §5.2, as used by the LDS and secure messaging). `value` points
// into the parsed buffer: keep that buffer alive.
struct Tlv {
  std::uint32_t tag = 0;   // the tag bytes as read, e.g. 0x5F1F, 0x7F61
  ByteView value;
  std::size_t size = 0;    // header + value
  [[nodiscard]] bool constructed() const;
};

struct TlvError {
  std::size_t offset = 0;
  std::string message;
};

// Reads the object at the start of `bytes`. Tags of up to three bytes, definite lengths of up to three
// length bytes (16 MiB; no LDS file comes near). The value must lie inside `bytes`.
std::expected<Tlv, TlvError> readTlv(ByteView bytes);
// Reads consecutive objects filling `bytes` exactly.
std::expected<std::vector<Tlv>, TlvError> readTlvList(ByteView bytes);
// The first object with `tag` among the objects filling `bytes` (not recursive).
std::optional<Tlv> findTlv(ByteView bytes, std::uint32_t tag);

// How long the whole object is, from its first bytes only (tag + length); used to size READ BINARY.
// Empty when the prefix is too short or malformed.
std::optional<std::size_t> tlvTotalSize(ByteView prefix);

Bytes encodeLength(std::size_t length);
Bytes encodeTlv(std::uint32_t tag, ByteView value);

}  // namespace foyer::document::emrtd
