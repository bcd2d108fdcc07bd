#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "drivers/printer/protocol/bytes.hpp"

// The printer's character tables: which byte prints which character. Receipts print in PC858 (PC850 with
// the Euro at D5) or WPC1252; PC866 for Cyrillic. Scripts no table here holds (Arabic) go as a raster
// image (drivers/printer/render/text_raster.hpp).
namespace foyer::printer::escpos {

enum class CodeTable { Pc437, Pc858, Wpc1252, Pc866, Pc850 };

// ESC t numbers differ by maker: Epson (and Citizen, Bixolon) PC437 0, PC850 2, WPC1252 16, PC866 17,
// PC858 19; Star's ESC/POS emulation uses 4 for CP858 and 32 for CP1252. Keep the numbering per printer
// profile.
enum class CodeTableNumbering { Epson, Star };

// nullopt: this numbering has no number for the table we know of (the printer cannot be asked for it).
std::optional<std::uint8_t> codeTableNumber(CodeTable table, CodeTableNumbering numbering);
std::optional<CodeTable> codeTableFromNumber(std::uint8_t number, CodeTableNumbering numbering);
std::string_view codeTableName(CodeTable table);

struct EncodedText {
  Bytes bytes;
  std::size_t unencodable = 0;     // characters printed as '?' (no code and no stand-in)
  std::size_t transliterated = 0;  // characters printed as a stand-in ("“" as '"', "ł" as 'l', "€" as "EUR")
};

// Printable bytes only: control characters (including line breaks, which are the writer's business) and
// malformed UTF-8 come out as '?', so text from outside can never smuggle a command into the stream.
EncodedText encodeText(std::string_view utf8, CodeTable table);

// True when every character has its own code in the table: nothing replaced, nothing transliterated.
bool canEncode(std::string_view utf8, CodeTable table);

// ESC R international character sets replace a few ASCII positions. Modelled: 0 USA (none) and 2 Germany.
bool internationalSetKnown(int set);

// What the printer shows for one printable byte (0x20..0xFF); U+FFFD where the table has nothing.
char32_t decodeByte(std::uint8_t byte, CodeTable table, int internationalSet = 0);
// Printable bytes to UTF-8, for the interpreter and tests.
std::string decodeText(ByteView bytes, CodeTable table, int internationalSet = 0);

}  // namespace foyer::printer::escpos
