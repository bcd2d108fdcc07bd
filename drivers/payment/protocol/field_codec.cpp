#include "drivers/payment/protocol/field_codec.hpp"

#include <stdexcept>

#include "drivers/payment/protocol/bcd.hpp"

namespace foyer::payment::zvt {

std::optional<std::string> bcdGroups(ByteView bytes, char separator) {
  const auto digits = bcdDigits(bytes);
  if (!digits) return std::nullopt;
  std::string out;
  for (std::size_t i = 0; i < digits->size(); i += 2) {
    if (i > 0) out.push_back(separator);
    out.append(*digits, i, 2);
  }
  return out;
}

Bytes bcdFromDigits(std::string_view text, std::size_t bytes) {
  std::string digits;
  for (const char c : text) {
    if (c >= '0' && c <= '9') digits.push_back(c);
  }
  if (digits.size() != bytes * 2) {
    throw std::invalid_argument("expected " + std::to_string(bytes * 2) + " digits in \"" + std::string(text) + "\"");
  }
  Bytes out;
  for (std::size_t i = 0; i < digits.size(); i += 2) {
    out.push_back(static_cast<std::uint8_t>((digits[i] - '0') << 4 | (digits[i + 1] - '0')));
  }
  return out;
}

std::optional<std::string> decodeMaskedPan(ByteView bytes) {
  std::string pan;
  bool padding = false;
  for (const std::uint8_t byte : bytes) {
    for (const int nibble : {byte >> 4, byte & 0x0F}) {
      if (nibble == 0x0F) {
        padding = true;
        continue;
      }
      if (padding) return std::nullopt;  // F only pads at the end
      if (nibble <= 9) {
        pan.push_back(static_cast<char>('0' + nibble));
      } else if (nibble == 0x0E) {
        pan.push_back('*');
      } else {
        return std::nullopt;
      }
    }
  }
  return pan;
}

Bytes encodeMaskedPan(std::string_view pan) {
  Bytes out;
  int high = -1;
  for (const char c : pan) {
    const int nibble = c >= '0' && c <= '9' ? c - '0' : 0x0E;
    if (high < 0) {
      high = nibble;
    } else {
      out.push_back(static_cast<std::uint8_t>(high << 4 | nibble));
      high = -1;
    }
  }
  if (high >= 0) out.push_back(static_cast<std::uint8_t>(high << 4 | 0x0F));
  return out;
}

std::string textField(ByteView bytes, TextCharset charset) {
  while (!bytes.empty() && (bytes.back() == 0x00 || bytes.back() == ' ')) bytes = bytes.first(bytes.size() - 1);
  return textToUtf8(bytes, charset);
}

TextCharset charsetOf(const std::vector<TlvObject>& tlv, TextCharset fallback) {
  const TlvObject* charset = findTlv(tlv, tlv_tag::kCharset);
  if (charset == nullptr || charset->value.size() != 1) return fallback;
  return charsetFromCode(charset->value[0]).value_or(fallback);
}

std::string hexByte(std::uint8_t byte) { return toHex(ByteView(&byte, 1)); }

}  // namespace foyer::payment::zvt
