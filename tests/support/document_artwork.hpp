#pragma once
#include <random>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "tests/support/glyph_painter.hpp"

namespace foyer::testing {

// What is printed on a document besides the MRZ. Positions and sizes in millimetres.
struct MillimetreRect {
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
};

// A float image going from `from` to `to` across its middle along `direction` (radians), flat beyond.
// Built from one row and one column, so that even an unoptimised test build makes it quickly.
cv::Mat linearRamp(cv::Size size, double direction, double from, double to);

// Light security print: a gradient and guilloche lines.
void paintBackground(cv::Mat& page, double pixelsPerMm, std::mt19937& random);
// A dark passport photo: shadowy head and shoulders, with texture.
void paintPhoto(cv::Mat& page, const MillimetreRect& area, double pixelsPerMm, std::mt19937& random);
// A title and label/value rows (labels in a sans font, values in OCR-B at 9 pt), none of them as long or as
// evenly spaced as an MRZ line.
void paintPersonalData(cv::Mat& page, const MillimetreRect& area, double pixelsPerMm,
                       const std::vector<std::string>& values, GlyphPainter& labels, GlyphPainter& ocrB,
                       std::mt19937& random);

}  // namespace foyer::testing
