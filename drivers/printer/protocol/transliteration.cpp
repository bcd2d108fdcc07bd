#include "drivers/printer/protocol/transliteration.hpp"

#include <algorithm>
#include <iterator>

namespace foyer::printer::escpos {
namespace {

struct StandIn {
  char32_t codePoint;
  std::string_view ascii;
};

// Latin-1 and Latin Extended-A: the base letter of Unicode's compatibility decomposition (generated with
// Python's unicodedata), except where that would mislead (umlauts, ß, Ł, Ø, Æ, Œ, Þ); then punctuation.
// Sorted by code point for the binary search.
constexpr StandIn kStandIns[] = {
    StandIn{0x00A0, " "}, StandIn{0x00A1, "!"}, StandIn{0x00A2, "c"}, StandIn{0x00A3, "GBP"},
    StandIn{0x00A5, "JPY"}, StandIn{0x00A6, "|"}, StandIn{0x00A7, "S"}, StandIn{0x00A8, "\""},
    StandIn{0x00A9, "(C)"}, StandIn{0x00AA, "a"}, StandIn{0x00AB, "<<"}, StandIn{0x00AC, "-"},
    StandIn{0x00AD, "-"}, StandIn{0x00AE, "(R)"}, StandIn{0x00AF, "-"}, StandIn{0x00B1, "+-"},
    StandIn{0x00B2, "2"}, StandIn{0x00B3, "3"}, StandIn{0x00B4, "'"}, StandIn{0x00B5, "u"}, StandIn{0x00B6, "P"},
    StandIn{0x00B7, "."}, StandIn{0x00B8, ","}, StandIn{0x00B9, "1"}, StandIn{0x00BA, "o"}, StandIn{0x00BB, ">>"},
    StandIn{0x00BC, "1/4"}, StandIn{0x00BD, "1/2"}, StandIn{0x00BE, "3/4"}, StandIn{0x00BF, "?"},
    StandIn{0x00C0, "A"}, StandIn{0x00C1, "A"}, StandIn{0x00C2, "A"}, StandIn{0x00C3, "A"}, StandIn{0x00C4, "AE"},
    StandIn{0x00C5, "A"}, StandIn{0x00C6, "AE"}, StandIn{0x00C7, "C"}, StandIn{0x00C8, "E"}, StandIn{0x00C9, "E"},
    StandIn{0x00CA, "E"}, StandIn{0x00CB, "E"}, StandIn{0x00CC, "I"}, StandIn{0x00CD, "I"}, StandIn{0x00CE, "I"},
    StandIn{0x00CF, "I"}, StandIn{0x00D0, "D"}, StandIn{0x00D1, "N"}, StandIn{0x00D2, "O"}, StandIn{0x00D3, "O"},
    StandIn{0x00D4, "O"}, StandIn{0x00D5, "O"}, StandIn{0x00D6, "OE"}, StandIn{0x00D7, "x"}, StandIn{0x00D8, "O"},
    StandIn{0x00D9, "U"}, StandIn{0x00DA, "U"}, StandIn{0x00DB, "U"}, StandIn{0x00DC, "UE"}, StandIn{0x00DD, "Y"},
    StandIn{0x00DE, "TH"}, StandIn{0x00DF, "ss"}, StandIn{0x00E0, "a"}, StandIn{0x00E1, "a"}, StandIn{0x00E2, "a"},
    StandIn{0x00E3, "a"}, StandIn{0x00E4, "ae"}, StandIn{0x00E5, "a"}, StandIn{0x00E6, "ae"}, StandIn{0x00E7, "c"},
    StandIn{0x00E8, "e"}, StandIn{0x00E9, "e"}, StandIn{0x00EA, "e"}, StandIn{0x00EB, "e"}, StandIn{0x00EC, "i"},
    StandIn{0x00ED, "i"}, StandIn{0x00EE, "i"}, StandIn{0x00EF, "i"}, StandIn{0x00F0, "d"}, StandIn{0x00F1, "n"},
    StandIn{0x00F2, "o"}, StandIn{0x00F3, "o"}, StandIn{0x00F4, "o"}, StandIn{0x00F5, "o"}, StandIn{0x00F6, "oe"},
    StandIn{0x00F7, "/"}, StandIn{0x00F8, "o"}, StandIn{0x00F9, "u"}, StandIn{0x00FA, "u"}, StandIn{0x00FB, "u"},
    StandIn{0x00FC, "ue"}, StandIn{0x00FD, "y"}, StandIn{0x00FE, "th"}, StandIn{0x00FF, "y"}, StandIn{0x0100, "A"},
    StandIn{0x0101, "a"}, StandIn{0x0102, "A"}, StandIn{0x0103, "a"}, StandIn{0x0104, "A"}, StandIn{0x0105, "a"},
    StandIn{0x0106, "C"}, StandIn{0x0107, "c"}, StandIn{0x0108, "C"}, StandIn{0x0109, "c"}, StandIn{0x010A, "C"},
    StandIn{0x010B, "c"}, StandIn{0x010C, "C"}, StandIn{0x010D, "c"}, StandIn{0x010E, "D"}, StandIn{0x010F, "d"},
    StandIn{0x0110, "D"}, StandIn{0x0111, "d"}, StandIn{0x0112, "E"}, StandIn{0x0113, "e"}, StandIn{0x0114, "E"},
    StandIn{0x0115, "e"}, StandIn{0x0116, "E"}, StandIn{0x0117, "e"}, StandIn{0x0118, "E"}, StandIn{0x0119, "e"},
    StandIn{0x011A, "E"}, StandIn{0x011B, "e"}, StandIn{0x011C, "G"}, StandIn{0x011D, "g"}, StandIn{0x011E, "G"},
    StandIn{0x011F, "g"}, StandIn{0x0120, "G"}, StandIn{0x0121, "g"}, StandIn{0x0122, "G"}, StandIn{0x0123, "g"},
    StandIn{0x0124, "H"}, StandIn{0x0125, "h"}, StandIn{0x0126, "H"}, StandIn{0x0127, "h"}, StandIn{0x0128, "I"},
    StandIn{0x0129, "i"}, StandIn{0x012A, "I"}, StandIn{0x012B, "i"}, StandIn{0x012C, "I"}, StandIn{0x012D, "i"},
    StandIn{0x012E, "I"}, StandIn{0x012F, "i"}, StandIn{0x0130, "I"}, StandIn{0x0131, "i"}, StandIn{0x0132, "IJ"},
    StandIn{0x0133, "ij"}, StandIn{0x0134, "J"}, StandIn{0x0135, "j"}, StandIn{0x0136, "K"}, StandIn{0x0137, "k"},
    StandIn{0x0138, "k"}, StandIn{0x0139, "L"}, StandIn{0x013A, "l"}, StandIn{0x013B, "L"}, StandIn{0x013C, "l"},
    StandIn{0x013D, "L"}, StandIn{0x013E, "l"}, StandIn{0x013F, "L"}, StandIn{0x0140, "l"}, StandIn{0x0141, "L"},
    StandIn{0x0142, "l"}, StandIn{0x0143, "N"}, StandIn{0x0144, "n"}, StandIn{0x0145, "N"}, StandIn{0x0146, "n"},
    StandIn{0x0147, "N"}, StandIn{0x0148, "n"}, StandIn{0x0149, "n"}, StandIn{0x014A, "N"}, StandIn{0x014B, "n"},
    StandIn{0x014C, "O"}, StandIn{0x014D, "o"}, StandIn{0x014E, "O"}, StandIn{0x014F, "o"}, StandIn{0x0150, "O"},
    StandIn{0x0151, "o"}, StandIn{0x0152, "OE"}, StandIn{0x0153, "oe"}, StandIn{0x0154, "R"}, StandIn{0x0155, "r"},
    StandIn{0x0156, "R"}, StandIn{0x0157, "r"}, StandIn{0x0158, "R"}, StandIn{0x0159, "r"}, StandIn{0x015A, "S"},
    StandIn{0x015B, "s"}, StandIn{0x015C, "S"}, StandIn{0x015D, "s"}, StandIn{0x015E, "S"}, StandIn{0x015F, "s"},
    StandIn{0x0160, "S"}, StandIn{0x0161, "s"}, StandIn{0x0162, "T"}, StandIn{0x0163, "t"}, StandIn{0x0164, "T"},
    StandIn{0x0165, "t"}, StandIn{0x0166, "T"}, StandIn{0x0167, "t"}, StandIn{0x0168, "U"}, StandIn{0x0169, "u"},
    StandIn{0x016A, "U"}, StandIn{0x016B, "u"}, StandIn{0x016C, "U"}, StandIn{0x016D, "u"}, StandIn{0x016E, "U"},
    StandIn{0x016F, "u"}, StandIn{0x0170, "U"}, StandIn{0x0171, "u"}, StandIn{0x0172, "U"}, StandIn{0x0173, "u"},
    StandIn{0x0174, "W"}, StandIn{0x0175, "w"}, StandIn{0x0176, "Y"}, StandIn{0x0177, "y"}, StandIn{0x0178, "Y"},
    StandIn{0x0179, "Z"}, StandIn{0x017A, "z"}, StandIn{0x017B, "Z"}, StandIn{0x017C, "z"}, StandIn{0x017D, "Z"},
    StandIn{0x017E, "z"}, StandIn{0x017F, "s"}, StandIn{0x0218, "S"}, StandIn{0x0219, "s"}, StandIn{0x021A, "T"},
    StandIn{0x021B, "t"}, StandIn{0x02BC, "'"}, StandIn{0x02C6, "^"}, StandIn{0x02DC, "~"}, StandIn{0x1E9E, "SS"},
    StandIn{0x2002, " "}, StandIn{0x2003, " "}, StandIn{0x2007, " "}, StandIn{0x2008, " "}, StandIn{0x2009, " "},
    StandIn{0x200A, " "}, StandIn{0x2010, "-"}, StandIn{0x2011, "-"}, StandIn{0x2012, "-"}, StandIn{0x2013, "-"},
    StandIn{0x2014, "-"}, StandIn{0x2015, "-"}, StandIn{0x2018, "'"}, StandIn{0x2019, "'"}, StandIn{0x201A, ","},
    StandIn{0x201B, "'"}, StandIn{0x201C, "\""}, StandIn{0x201D, "\""}, StandIn{0x201E, "\""},
    StandIn{0x201F, "\""}, StandIn{0x2022, "*"}, StandIn{0x2026, "..."}, StandIn{0x202F, " "},
    StandIn{0x2032, "'"}, StandIn{0x2033, "\""}, StandIn{0x2039, "<"}, StandIn{0x203A, ">"},
    StandIn{0x20AC, "EUR"}, StandIn{0x2122, "TM"}, StandIn{0x2212, "-"},
};

}  // namespace

std::string_view transliteration(char32_t codePoint) {
  const auto* found = std::lower_bound(std::begin(kStandIns), std::end(kStandIns), codePoint,
                                       [](const StandIn& standIn, char32_t value) { return standIn.codePoint < value; });
  if (found == std::end(kStandIns) || found->codePoint != codePoint) return {};
  return found->ascii;
}

}  // namespace foyer::printer::escpos
