#pragma once
#include <memory>
#include <string>
#include <string_view>

#include <opencv2/core.hpp>

namespace foyer::testing {

// Draws text into a grey image with FreeType at any fractional position and size, unhinted, blended by
// coverage: how a printer's glyphs land on a camera's pixel grid. Deliberately not the reader's template
// path (that one draws 8x larger into fixed cells and shrinks).
class GlyphPainter {
 public:
  // Throws std::runtime_error when the font cannot be loaded.
  explicit GlyphPainter(const std::string& fontFile);
  ~GlyphPainter();
  GlyphPainter(const GlyphPainter&) = delete;
  GlyphPainter& operator=(const GlyphPainter&) = delete;

  // Pen starts at x, on the baseline y (pixel edges, fractional). `advance` 0 uses the font's own advance.
  // Returns the pen position after the text.
  double draw(cv::Mat& canvas, std::string_view text, double x, double baseline, double pixelsPerEm, unsigned char ink,
              double advance = 0);
  // The font's advance of `c`, in em.
  double advanceEm(char c);

 private:
  struct Font;
  std::unique_ptr<Font> m_font;
};

}  // namespace foyer::testing
