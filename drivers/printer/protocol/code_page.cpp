#include "drivers/printer/protocol/code_page.hpp"

#include <algorithm>
#include <array>

#include "drivers/printer/protocol/code_page_tables.hpp"
#include "drivers/printer/protocol/transliteration.hpp"
#include "drivers/printer/protocol/utf8.hpp"

namespace foyer::printer::escpos {
namespace {

struct Numbered {
  CodeTable table;
  CodeTableNumbering numbering;
  std::uint8_t number;
};

// Only numbers a maker's documentation states; Star's numbers for PC437/PC850/PC866 are not in our sources.
constexpr std::array kNumbers = {
    Numbered{CodeTable::Pc437, CodeTableNumbering::Epson, 0},   Numbered{CodeTable::Pc850, CodeTableNumbering::Epson, 2},
    Numbered{CodeTable::Wpc1252, CodeTableNumbering::Epson, 16}, Numbered{CodeTable::Pc866, CodeTableNumbering::Epson, 17},
    Numbered{CodeTable::Pc858, CodeTableNumbering::Epson, 19},  Numbered{CodeTable::Pc858, CodeTableNumbering::Star, 4},
    Numbered{CodeTable::Wpc1252, CodeTableNumbering::Star, 32},
};

// ESC R 2 (Germany) follows ISO 646-DE: these ASCII positions print German letters instead.
struct Replaced {
  std::uint8_t byte;
  char32_t codePoint;
};
constexpr std::array kGermany = {Replaced{0x40, U'§'}, Replaced{0x5B, U'Ä'}, Replaced{0x5C, U'Ö'}, Replaced{0x5D, U'Ü'},
                                 Replaced{0x7B, U'ä'}, Replaced{0x7C, U'ö'}, Replaced{0x7D, U'ü'}, Replaced{0x7E, U'ß'}};

std::optional<std::uint8_t> encodeCodePoint(char32_t codePoint, CodeTable table) {
  if (codePoint >= 0x20 && codePoint < 0x7F) return static_cast<std::uint8_t>(codePoint);
  if (codePoint < 0xA0) return std::nullopt;  // C0/C1 controls and DEL: commands, never text
  if (codePoint > 0xFFFF || codePoint == 0xFFFD) return std::nullopt;
  const auto& upper = upperHalf(table);
  const auto* found = std::find(upper.begin(), upper.end(), static_cast<char16_t>(codePoint));
  if (found == upper.end()) return std::nullopt;
  return static_cast<std::uint8_t>(0x80 + (found - upper.begin()));
}

}  // namespace

std::optional<std::uint8_t> codeTableNumber(CodeTable table, CodeTableNumbering numbering) {
  for (const auto& entry : kNumbers) {
    if (entry.table == table && entry.numbering == numbering) return entry.number;
  }
  return std::nullopt;
}

std::optional<CodeTable> codeTableFromNumber(std::uint8_t number, CodeTableNumbering numbering) {
  for (const auto& entry : kNumbers) {
    if (entry.number == number && entry.numbering == numbering) return entry.table;
  }
  return std::nullopt;
}

std::string_view codeTableName(CodeTable table) {
  switch (table) {
    case CodeTable::Pc437: return "PC437";
    case CodeTable::Pc850: return "PC850";
    case CodeTable::Pc858: return "PC858";
    case CodeTable::Wpc1252: return "WPC1252";
    case CodeTable::Pc866: return "PC866";
  }
  return "?";
}

EncodedText encodeText(std::string_view utf8, CodeTable table) {
  EncodedText out;
  out.bytes.reserve(utf8.size());
  for (std::size_t pos = 0; pos < utf8.size();) {
    const Utf8Step step = nextCodePoint(utf8, pos);
    pos += step.length;
    if (!step.codePoint) {
      out.bytes.push_back('?');
      ++out.unencodable;
      continue;
    }
    if (const auto byte = encodeCodePoint(*step.codePoint, table)) {
      out.bytes.push_back(*byte);
      continue;
    }
    const std::string_view standIn = transliteration(*step.codePoint);
    if (standIn.empty()) {
      out.bytes.push_back('?');
      ++out.unencodable;
      continue;
    }
    out.bytes.insert(out.bytes.end(), standIn.begin(), standIn.end());
    ++out.transliterated;
  }
  return out;
}

bool canEncode(std::string_view utf8, CodeTable table) {
  const EncodedText encoded = encodeText(utf8, table);
  return encoded.unencodable == 0 && encoded.transliterated == 0;
}

bool internationalSetKnown(int set) { return set == 0 || set == 2; }

char32_t decodeByte(std::uint8_t byte, CodeTable table, int internationalSet) {
  if (byte < 0x20) return 0xFFFD;
  if (internationalSet == 2) {
    for (const auto& replaced : kGermany) {
      if (replaced.byte == byte) return replaced.codePoint;
    }
  }
  if (byte < 0x7F) return byte;
  // DEL has a glyph (a small house) in the DOS tables; WPC1252 leaves it empty.
  if (byte == 0x7F) return table == CodeTable::Wpc1252 ? char32_t{0xFFFD} : char32_t{0x2302};
  return upperHalf(table)[byte - 0x80u];
}

std::string decodeText(ByteView bytes, CodeTable table, int internationalSet) {
  std::string out;
  out.reserve(bytes.size());
  for (const std::uint8_t byte : bytes) appendUtf8(out, decodeByte(byte, table, internationalSet));
  return out;
}

}  // namespace foyer::printer::escpos
