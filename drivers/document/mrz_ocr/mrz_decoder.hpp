#pragma once
#include <optional>
#include <string>
#include <vector>

#include "drivers/document/mrz/mrz_correction.hpp"
#include "drivers/document/mrz/mrz_layout.hpp"
#include "drivers/document/mrz_ocr/glyph_matcher.hpp"

namespace foyer::document::mrz {

using LineScores = std::vector<GlyphScores>;

// The best glyph at every position, nothing else considered.
std::string bestGlyphs(const LineScores& line);

// The format the scored lines have: by shape, and the first letter for visas.
std::optional<Format> formatOf(const std::vector<LineScores>& lines);

// The lines as the layout allows them: a digit position (dates, check digits) takes the best digit or
// filler, a letter position (codes, states, sex, names) the best letter or filler; then the look-alike
// correction of mrz_correction. Corrections are counted from the best glyphs.
CorrectedLines decode(const std::vector<LineScores>& lines, Format format);

}  // namespace foyer::document::mrz
