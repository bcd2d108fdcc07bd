#include "drivers/payment/protocol/cp437.hpp"

#include <array>

namespace foyer::payment::zvt {
namespace {

// Unicode code points of CP437 bytes 80..FF.
constexpr std::array<char16_t, 128> kCp437High = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7,  // 80
    0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,  // 88
    0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,  // 90
    0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192,  // 98
    0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA,  // A0
    0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,  // A8
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556,  // B0
    0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510,  // B8
    0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,  // C0
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567,  // C8
    0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B,  // D0
    0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,  // D8
    0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4,  // E0
    0x03A6, 0x0398, 0x03A9, 0x03B4, 0x221E, 0x03C6, 0x03B5, 0x2229,  // E8
    0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248,  // F0
    0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0,  // F8
};

// The eight places where ISO-8859-15 differs from ISO-8859-1.
struct Latin9Change {
  std::uint8_t byte;
  char32_t codePoint;
};
constexpr std::array<Latin9Change, 8> kLatin9 = {{{0xA4, 0x20AC},
                                                  {0xA6, 0x0160},
                                                  {0xA8, 0x0161},
                                                  {0xB4, 0x017D},
                                                  {0xB8, 0x017E},
                                                  {0xBC, 0x0152},
                                                  {0xBD, 0x0153},
                                                  {0xBE, 0x0178}}};

void appendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | c >> 6));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | c >> 12));
    out.push_back(static_cast<char>(0x80 | (c >> 6 & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | c >> 18));
    out.push_back(static_cast<char>(0x80 | (c >> 12 & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c >> 6 & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

constexpr char32_t kInvalid = 0xFFFFFFFF;

// The code point starting at text[i]; advances i. kInvalid for a broken sequence (i moves one byte on).
char32_t nextCodePoint(std::string_view text, std::size_t& i) {
  const auto lead = static_cast<unsigned char>(text[i++]);
  if (lead < 0x80) return lead;
  std::size_t count = 0;
  char32_t c = 0;
  if ((lead & 0xE0) == 0xC0) {
    count = 1;
    c = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    count = 2;
    c = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    count = 3;
    c = lead & 0x07;
  } else {
    return kInvalid;
  }
  if (i + count > text.size()) return kInvalid;
  for (std::size_t k = 0; k < count; ++k) {
    const auto next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0) != 0x80) return kInvalid;
    c = c << 6 | (next & 0x3F);
  }
  // Overlong forms and surrogates are not characters.
  static constexpr char32_t kMinimum[] = {0, 0x80, 0x800, 0x10000};
  if (c < kMinimum[count] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return kInvalid;
  i += count;
  return c;
}

template <typename ToByte>
Bytes fromUtf8(std::string_view text, ToByte toByte) {
  Bytes out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = nextCodePoint(text, i);
    out.push_back(c == kInvalid ? static_cast<std::uint8_t>('?') : toByte(c));
  }
  return out;
}

}  // namespace

std::string cp437ToUtf8(ByteView bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (const std::uint8_t byte : bytes) appendUtf8(out, byte < 0x80 ? char32_t{byte} : char32_t{kCp437High[byte - 0x80]});
  return out;
}

Bytes utf8ToCp437(std::string_view text) {
  return fromUtf8(text, [](char32_t c) -> std::uint8_t {
    if (c < 0x80) return static_cast<std::uint8_t>(c);
    for (std::size_t i = 0; i < kCp437High.size(); ++i) {
      if (kCp437High[i] == c) return static_cast<std::uint8_t>(0x80 + i);
    }
    if (c == 0x03B2) return 0xE1;  // Greek beta, commonly typed for the sharp s that shares its glyph
    return '?';
  });
}

std::string latin1ToUtf8(ByteView bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (const std::uint8_t byte : bytes) appendUtf8(out, byte);
  return out;
}

std::string latin9ToUtf8(ByteView bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (const std::uint8_t byte : bytes) {
    char32_t c = byte;
    for (const Latin9Change& change : kLatin9) {
      if (change.byte == byte) c = change.codePoint;
    }
    appendUtf8(out, c);
  }
  return out;
}

Bytes utf8ToLatin1(std::string_view text) {
  return fromUtf8(text, [](char32_t c) -> std::uint8_t { return c <= 0xFF ? static_cast<std::uint8_t>(c) : '?'; });
}

std::string textToUtf8(ByteView bytes, TextCharset charset) {
  switch (charset) {
    case TextCharset::Cp437: return cp437ToUtf8(bytes);
    case TextCharset::Latin1: return latin1ToUtf8(bytes);
    case TextCharset::Latin9: return latin9ToUtf8(bytes);
    case TextCharset::Utf8: {
      // Passed through, but only as valid UTF-8: broken sequences become '?'.
      const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
      std::string out;
      for (std::size_t i = 0; i < text.size();) {
        const char32_t c = nextCodePoint(text, i);
        appendUtf8(out, c == kInvalid ? U'?' : c);
      }
      return out;
    }
  }
  return cp437ToUtf8(bytes);
}

Bytes utf8ToText(std::string_view text, TextCharset charset) {
  switch (charset) {
    case TextCharset::Cp437: return utf8ToCp437(text);
    case TextCharset::Latin1: return utf8ToLatin1(text);
    case TextCharset::Latin9:
      return fromUtf8(text, [](char32_t c) -> std::uint8_t {
        for (const Latin9Change& change : kLatin9) {
          if (change.codePoint == c) return change.byte;
          if (change.byte == c) return '?';  // the Latin-1 letter this place held is gone in -15
        }
        return c <= 0xFF ? static_cast<std::uint8_t>(c) : '?';
      });
    case TextCharset::Utf8: {
      const auto* begin = reinterpret_cast<const std::uint8_t*>(text.data());
      return Bytes(begin, begin + text.size());
    }
  }
  return utf8ToCp437(text);
}

std::optional<TextCharset> charsetFromCode(std::uint8_t code) {
  if (code == 0xFF) return TextCharset::Cp437;
  if (code == 0xFE) return TextCharset::Utf8;
  if (code == 0x0F) return TextCharset::Latin9;
  if (code >= 0x01 && code <= 0x10) return TextCharset::Latin1;
  return std::nullopt;
}

}  // namespace foyer::payment::zvt
