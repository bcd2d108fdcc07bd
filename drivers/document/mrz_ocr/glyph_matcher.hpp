#pragma once
#include <array>
#include <vector>

#include <opencv2/core.hpp>

#include "drivers/document/mrz_ocr/glyph_cell.hpp"
#include "drivers/document/mrz_ocr/mrz_band.hpp"
#include "drivers/document/mrz_ocr/ocr_b_templates.hpp"

namespace foyer::document::mrz {

// How well one character position matches each glyph: normalised cross-correlation, -1 to 1, indexed like
// kMrzAlphabet, each the best over small shifts of the position.
using GlyphScores = std::array<float, kGlyphCount>;

// Cuts one MRZ line out of the grey frame (turned straight and scaled to the template cell) and scores
// every character position against every template.
std::vector<GlyphScores> scoreLine(const cv::Mat& grey, double angle, const MrzLineGeometry& line, int length,
                                   const OcrBTemplates& templates);

}  // namespace foyer::document::mrz
