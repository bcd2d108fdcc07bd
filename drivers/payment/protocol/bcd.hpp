#pragma once
#include <cstddef>
#include <cstdint>
#include <expected>
#include <optional>
#include <string>

#include "drivers/payment/protocol/zvt_bytes.hpp"
#include "drivers/payment/protocol/zvt_error.hpp"

namespace foyer::payment::zvt {

// Packed BCD, two digits a byte, most significant first, right aligned: encodeBcd(1250, 6) is
// 00 00 00 00 12 50. Digits that do not fit are dropped from the left; check with bcdFits first where a
// value can come from outside.
Bytes encodeBcd(std::uint64_t value, std::size_t bytes);
bool bcdFits(std::uint64_t value, std::size_t bytes);
// Empty for a nibble above 9 or more than 19 digits (that would overflow). No bytes read as 0.
std::optional<std::uint64_t> decodeBcd(ByteView bytes);
// The digits as text, leading zeros kept ("0042"); empty for a nibble above 9.
std::optional<std::string> bcdDigits(ByteView bytes);

// Amounts (BMP 04) are 12 BCD digits of minor units; the largest is 9 999 999 999,99.
inline constexpr std::size_t kAmountBytes = 6;
inline constexpr std::uint64_t kMaxAmountCents = 999'999'999'999;
Bytes encodeAmount(std::uint64_t cents);
std::optional<std::uint64_t> decodeAmount(ByteView sixBytes);

// The 6-digit password as 3 BCD bytes: 123456 is 12 34 56.
Bytes encodePassword(std::uint32_t password);

// LLVAR (prefix F x F y, at most 99 bytes) and LLLVAR (F x F y F z, at most 999 bytes). Longer values are
// cut at the limit: the prefix cannot say more.
Bytes encodeLlvar(ByteView value);
Bytes encodeLllvar(ByteView value);

struct VarField {
  ByteView value;         // points into the buffer that was read
  std::size_t size = 0;   // prefix and value
};
// `digits` is 2 for LLVAR and 3 for LLLVAR. Errors for a prefix byte that is not F0..F9 and for a value
// running past the end of `bytes`.
std::expected<VarField, ZvtError> readVar(ByteView bytes, std::size_t digits);
inline std::expected<VarField, ZvtError> readLlvar(ByteView bytes) { return readVar(bytes, 2); }
inline std::expected<VarField, ZvtError> readLllvar(ByteView bytes) { return readVar(bytes, 3); }

}  // namespace foyer::payment::zvt
