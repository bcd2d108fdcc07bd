#pragma once
#include <cstdint>
#include <expected>
#include <string>
#include <string_view>
#include <vector>

#include "drivers/printer/protocol/bitmap.hpp"
#include "drivers/printer/protocol/bytes.hpp"

// CODE128 as ESC/POS carries it in GS k 73: the data starts with a code set selector ("{A", "{B", "{C"),
// '{' escapes the controls ({A {B {C switch, {S shift, {1..{4 FNC1..4, {{ a literal brace), and in code set
// C every byte is one symbol value 0..99 (two digits). Pure: the writer checks data with it, the
// interpreter reads it, the renderer draws the bars from it.
namespace foyer::printer::escpos {

struct Code128Symbol {
  std::vector<std::uint8_t> values;  // start character, data characters, check character (no stop)
  std::string text;                  // human-readable line: the data without selectors and escapes
};

std::expected<Code128Symbol, std::string> parseCode128(ByteView escposData);

// Printable ASCII text as code set B data: "{B" and the text with every '{' doubled. Fails on other characters.
std::expected<Bytes, std::string> code128SetB(std::string_view text);

// Bar and space widths in modules, bar first: six elements (11 modules) for values 0..105, seven
// (13 modules) for the stop character 106. Empty outside 0..106.
std::string_view code128Pattern(int value);
inline constexpr int kCode128Stop = 106;

// The bars of a symbol (values, then the stop character), `moduleWidth` dots per module, no quiet zone.
Bitmap code128Bars(const Code128Symbol& symbol, int moduleWidth, int heightDots);

}  // namespace foyer::printer::escpos
