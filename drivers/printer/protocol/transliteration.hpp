#pragma once
#include <string_view>

namespace foyer::printer::escpos {

// An ASCII stand-in for a character the selected code table lacks: typographic quotes and dashes, the Euro
// sign on PC437, Latin letters with marks as their base letter (German umlauts as AE/OE/UE, as ICAO
// writes them). Empty when there is none (Cyrillic on PC858, Arabic): those need another table or a raster.
std::string_view transliteration(char32_t codePoint);

}  // namespace foyer::printer::escpos
