#include "drivers/payment/protocol/zvt_bytes.hpp"

namespace foyer::payment::zvt {
namespace {

int nibble(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

bool separator(char c) { return c == ' ' || c == '\t' || c == ':' || c == '\n' || c == '\r'; }

}  // namespace

std::string toHex(ByteView bytes) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(bytes.size() * 3);
  for (const std::uint8_t byte : bytes) {
    if (!out.empty()) out.push_back(' ');
    out.push_back(kDigits[byte >> 4]);
    out.push_back(kDigits[byte & 0x0F]);
  }
  return out;
}

std::optional<Bytes> fromHex(std::string_view hex) {
  Bytes out;
  int high = -1;
  for (const char c : hex) {
    // A separator between the two digits of one byte would hide a lost digit: refuse it.
    if (separator(c)) {
      if (high >= 0) return std::nullopt;
      continue;
    }
    const int value = nibble(c);
    if (value < 0) return std::nullopt;
    if (high < 0) {
      high = value;
    } else {
      out.push_back(static_cast<std::uint8_t>(high << 4 | value));
      high = -1;
    }
  }
  if (high >= 0) return std::nullopt;
  return out;
}

}  // namespace foyer::payment::zvt
