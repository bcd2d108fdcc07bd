#pragma once
#include <array>
#include <expected>
#include <span>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "drivers/document/mrz_ocr/glyph_cell.hpp"

namespace foyer::document::mrz {

// The 37 MRZ glyphs of an OCR-B font, rasterised into cells of kCellWidth x kCellHeight pixels: one advance
// wide, the text line's middle at referenceRow(). A reader scales each character of a camera frame to the
// same cell and correlates it with every template.
class OcrBTemplates {
 public:
  // From the bytes of an OpenType or TrueType font. Pure: reads no file (see ocr_b_font_file.hpp).
  static std::expected<OcrBTemplates, std::string> fromFontData(std::span<const unsigned char> font);

  // Ink dark on white, CV_8UC1, the sharpest level (for looking at; matching uses matrix()).
  [[nodiscard]] const cv::Mat& image(int glyph) const { return m_images[static_cast<std::size_t>(glyph)]; }
  // Templates are kept at a few sharpnesses (Gaussian blur of kBlurSigmas pixels): a blurred frame matches
  // blurred templates best, and with sharp ones the glyphs with more ink (W, M, A) win too often.
  static constexpr std::size_t kSharpnessLevels = 3;
  static constexpr std::array<double, kSharpnessLevels> kBlurSigmas = {0.5, 1.1, 1.8};
  // kGlyphCount rows of kCellPixels floats, each row with zero mean and unit length: a patch's dot product
  // with a row, divided by the patch's own centred length, is their normalised cross-correlation.
  [[nodiscard]] const cv::Mat& matrix(std::size_t level) const { return m_matrices[level]; }
  // Row (pixel centres, from 0) of the median glyph's ink centre: where the middle of a text line falls.
  [[nodiscard]] double referenceRow() const { return m_referenceRow; }

 private:
  std::vector<cv::Mat> m_images;
  std::array<cv::Mat, kSharpnessLevels> m_matrices;
  double m_referenceRow = 0;
};

}  // namespace foyer::document::mrz
