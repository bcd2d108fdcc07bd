#include "drivers/payment/protocol/bcd.hpp"

#include <algorithm>

namespace foyer::payment::zvt {

Bytes encodeBcd(std::uint64_t value, std::size_t bytes) {
  Bytes out(bytes, 0);
  for (std::size_t i = bytes; i-- > 0;) {
    const auto low = static_cast<std::uint8_t>(value % 10);
    value /= 10;
    const auto high = static_cast<std::uint8_t>(value % 10);
    value /= 10;
    out[i] = static_cast<std::uint8_t>(high << 4 | low);
  }
  return out;
}

bool bcdFits(std::uint64_t value, std::size_t bytes) {
  for (std::size_t digit = 0; digit < bytes * 2 && value != 0; ++digit) value /= 10;
  return value == 0;
}

std::optional<std::uint64_t> decodeBcd(ByteView bytes) {
  if (bytes.size() * 2 > 19) {
    // Leading zero bytes are harmless; only real digits could overflow.
    const auto first = std::find_if(bytes.begin(), bytes.end(), [](std::uint8_t b) { return b != 0; });
    const auto significant = static_cast<std::size_t>(bytes.end() - first);
    if (significant * 2 > 19) return std::nullopt;
  }
  std::uint64_t value = 0;
  for (const std::uint8_t byte : bytes) {
    const int high = byte >> 4;
    const int low = byte & 0x0F;
    if (high > 9 || low > 9) return std::nullopt;
    value = value * 100 + static_cast<std::uint64_t>(high * 10 + low);
  }
  return value;
}

std::optional<std::string> bcdDigits(ByteView bytes) {
  std::string digits;
  digits.reserve(bytes.size() * 2);
  for (const std::uint8_t byte : bytes) {
    const int high = byte >> 4;
    const int low = byte & 0x0F;
    if (high > 9 || low > 9) return std::nullopt;
    digits.push_back(static_cast<char>('0' + high));
    digits.push_back(static_cast<char>('0' + low));
  }
  return digits;
}

Bytes encodeAmount(std::uint64_t cents) { return encodeBcd(cents, kAmountBytes); }

std::optional<std::uint64_t> decodeAmount(ByteView sixBytes) {
  if (sixBytes.size() != kAmountBytes) return std::nullopt;
  return decodeBcd(sixBytes);
}

Bytes encodePassword(std::uint32_t password) { return encodeBcd(password, 3); }

namespace {

Bytes encodeVar(ByteView value, std::size_t digits, std::size_t limit) {
  const std::size_t length = std::min(value.size(), limit);
  Bytes out;
  out.reserve(digits + length);
  std::size_t divisor = digits == 3 ? 100 : 10;
  for (std::size_t i = 0; i < digits; ++i, divisor /= 10) {
    out.push_back(static_cast<std::uint8_t>(0xF0 | (length / divisor) % 10));
  }
  out.insert(out.end(), value.begin(), value.begin() + static_cast<std::ptrdiff_t>(length));
  return out;
}

}  // namespace

Bytes encodeLlvar(ByteView value) { return encodeVar(value, 2, 99); }
Bytes encodeLllvar(ByteView value) { return encodeVar(value, 3, 999); }

std::expected<VarField, ZvtError> readVar(ByteView bytes, std::size_t digits) {
  if (bytes.size() < digits) {
    return std::unexpected(ZvtError{bytes.size(), "length prefix cut off (" + std::to_string(digits) + " bytes Fx)"});
  }
  std::size_t length = 0;
  for (std::size_t i = 0; i < digits; ++i) {
    const std::uint8_t byte = bytes[i];
    if ((byte & 0xF0) != 0xF0 || (byte & 0x0F) > 9) {
      return std::unexpected(ZvtError{i, "length prefix byte is not F0..F9"});
    }
    length = length * 10 + (byte & 0x0F);
  }
  if (length > bytes.size() - digits) {
    return std::unexpected(ZvtError{bytes.size(), "variable field says " + std::to_string(length) + " bytes, " +
                                                      std::to_string(bytes.size() - digits) + " follow"});
  }
  return VarField{bytes.subspan(digits, length), digits + length};
}

}  // namespace foyer::payment::zvt
