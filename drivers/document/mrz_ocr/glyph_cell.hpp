#pragma once
#include <array>
#include <string_view>

namespace foyer::document::mrz {

// The 37 characters an MRZ may hold, in the order templates and scores are indexed.
inline constexpr std::string_view kMrzAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
inline constexpr int kGlyphCount = static_cast<int>(kMrzAlphabet.size());

// Every glyph is compared in a cell of this size: one OCR-B advance (2.54 mm) wide, tall enough for the
// tallest glyph (the digits) with a little room. Small enough to be quick, large enough to tell O from 0.
inline constexpr int kCellWidth = 24;
inline constexpr int kCellHeight = 30;
inline constexpr int kCellPixels = kCellWidth * kCellHeight;

constexpr int glyphIndex(char c) {
  const auto at = kMrzAlphabet.find(c);
  return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

constexpr bool isDigitGlyph(int index) {
  return index >= 26 && index < 36;
}
constexpr bool isLetterGlyph(int index) {
  return index >= 0 && index < 26;
}
constexpr int kFillerGlyph = 36;

}  // namespace foyer::document::mrz
