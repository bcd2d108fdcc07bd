#include "kiosk/i18n/bidi_text.hpp"

#include <vector>

#include <fribidi.h>

#include "kiosk/i18n/utf8.hpp"

namespace foyer::i18n {

std::string toVisualOrder(std::string_view logicalLine, Direction paragraph) {
  if (paragraph == Direction::LeftToRight && !containsRightToLeft(logicalLine)) {
    return std::string(logicalLine);  // nothing to reorder or shape: the common case costs a scan only
  }
  const std::u32string logical = decodeUtf8(logicalLine);
  if (logical.empty()) return {};
  std::vector<FriBidiChar> in(logical.begin(), logical.end());
  std::vector<FriBidiChar> out(in.size() + 1, 0);
  FriBidiParType base = paragraph == Direction::RightToLeft ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
  // log2vis applies the default flags plus Arabic shaping (presentation forms, lam-alef ligatures).
  const FriBidiLevel level = fribidi_log2vis(in.data(), static_cast<FriBidiStrIndex>(in.size()), &base,
                                             out.data(), nullptr, nullptr, nullptr);
  if (level == 0) return std::string(logicalLine);  // fribidi failed: show the text unshaped, never nothing
  std::u32string visual;
  visual.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    // A ligature leaves a zero-width filler where its second letter was; drop it, the font has no glyph.
    if (out[i] == 0xFEFF || out[i] == 0x200B) continue;
    visual.push_back(static_cast<char32_t>(out[i]));
  }
  return encodeUtf8(visual);
}

}  // namespace foyer::i18n
