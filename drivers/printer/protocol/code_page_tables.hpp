#pragma once
#include <array>

#include "drivers/printer/protocol/code_page.hpp"

namespace foyer::printer::escpos {

// Bytes 0x80..0xFF of each table as Unicode (BMP only; U+FFFD where WPC1252 has no character).
const std::array<char16_t, 128>& upperHalf(CodeTable table);

}  // namespace foyer::printer::escpos
