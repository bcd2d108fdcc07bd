#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "drivers/payment/protocol/zvt_bytes.hpp"

namespace foyer::payment::zvt {

// Texts on the wire are CP437 unless TLV tag 14 says otherwise; some acquirers' terminals send ISO-8859-1
// or -15 regardless (spec §8, vendor deviations), so the reader can be told which one to expect.
enum class TextCharset : std::uint8_t { Cp437, Latin1, Latin9, Utf8 };

// Bytes 00..7F are ASCII; 80..FF the IBM PC code page 437 (ä = 84, ö = 94, ü = 81, ß = E1).
std::string cp437ToUtf8(ByteView bytes);
// Characters CP437 lacks (and broken UTF-8) become '?'.
Bytes utf8ToCp437(std::string_view text);
std::string latin1ToUtf8(ByteView bytes);
// ISO-8859-15: Latin-1 with € and seven other letters in A4..BE.
std::string latin9ToUtf8(ByteView bytes);
Bytes utf8ToLatin1(std::string_view text);

std::string textToUtf8(ByteView bytes, TextCharset charset);
Bytes utf8ToText(std::string_view text, TextCharset charset);

// TLV tag 14 value: 01..10 = ISO-8859-1..16, FE = UTF-8, FF = CP437. Parts other than 1 and 15 are read as
// Latin-1 (the letters they change come out wrong, the rest right); empty for values the spec lacks.
std::optional<TextCharset> charsetFromCode(std::uint8_t code);

}  // namespace foyer::payment::zvt
