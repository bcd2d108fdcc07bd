#pragma once
// Conversions of single BMP/TLV values shared by the message decoders and encoders.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "drivers/payment/protocol/cp437.hpp"
#include "drivers/payment/protocol/tlv.hpp"
#include "drivers/payment/protocol/zvt_bytes.hpp"

namespace foyer::payment::zvt {

// BCD bytes as two-digit groups joined by `separator`: 22 39 53 → "22:39:53". Empty if not BCD.
std::optional<std::string> bcdGroups(ByteView bytes, char separator);
// The inverse: the digits of `text` (anything else skipped) packed into `bytes` BCD bytes. Throws
// std::invalid_argument unless there are exactly bytes × 2 digits.
Bytes bcdFromDigits(std::string_view text, std::size_t bytes);

// PAN nibbles: 0-9 digits, E a masked digit ('*'), F padding at the end only. Empty for anything else.
std::optional<std::string> decodeMaskedPan(ByteView bytes);
// '*' (or any non-digit) → E; an odd count is padded with F.
Bytes encodeMaskedPan(std::string_view pan);

// A text field: decoded, trailing NULs and spaces dropped (card names end in 00, VU numbers in spaces).
std::string textField(ByteView bytes, TextCharset charset);

// The charset a message's TLV asks for (tag 14), else `fallback`.
TextCharset charsetOf(const std::vector<TlvObject>& tlv, TextCharset fallback);

std::string hexByte(std::uint8_t byte);

}  // namespace foyer::payment::zvt
