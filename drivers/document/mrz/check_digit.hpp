#pragma once
#include <optional>
#include <string_view>

namespace foyer::document::mrz {

// True for the MRZ alphabet: A-Z, 0-9 and the filler '<'.
bool isMrzCharacter(char c);

// ICAO 9303-3 §4.9: values 0-9, A-Z = 10-35, '<' = 0, weights 7,3,1 repeating, sum mod 10.
// Empty when `text` holds a character outside the MRZ alphabet.
std::optional<int> checkDigit(std::string_view text);

// A check digit character as found in an MRZ: '0'-'9', or '<' which counts as 0 where ICAO allows it.
std::optional<int> digitValue(char c);

}  // namespace foyer::document::mrz
