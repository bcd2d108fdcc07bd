#pragma once
#include <expected>
#include <span>
#include <string>
#include <string_view>

#include "drivers/document/mrz/mrz_document.hpp"

namespace foyer::document::mrz {

// Why lines are no MRZ at all (as opposed to an MRZ with failing check digits, which parses and says so in
// MrzDocument::checks).
struct MrzError {
  int line = 0;      // 1-based; 0 when about the whole
  int position = 0;  // 1-based; 0 when about the whole line
  std::string message;
};

// Parses TD1, TD2, TD3, MRV-A and MRV-B. Every check digit is verified and reported, dates are given their
// century relative to `referenceYear`. Pure: no I/O, no clock.
std::expected<MrzDocument, MrzError> parse(std::span<const std::string_view> lines, int referenceYear);
// The same for text with one MRZ line per text line (surrounding blanks and blank lines are ignored).
std::expected<MrzDocument, MrzError> parse(std::string_view text, int referenceYear);

}  // namespace foyer::document::mrz
