#include "tests/support/glyph_painter.hpp"

#include <cmath>
#include <stdexcept>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H

namespace foyer::testing {

struct GlyphPainter::Font {
  FT_Library library = nullptr;
  FT_Face face = nullptr;
  ~Font() {
    if (face != nullptr) FT_Done_Face(face);
    if (library != nullptr) FT_Done_FreeType(library);
  }
};

GlyphPainter::GlyphPainter(const std::string& fontFile) : m_font(std::make_unique<Font>()) {
  if (FT_Init_FreeType(&m_font->library) != 0 ||
      FT_New_Face(m_font->library, fontFile.c_str(), 0, &m_font->face) != 0) {
    throw std::runtime_error("cannot load font " + fontFile);
  }
}

GlyphPainter::~GlyphPainter() = default;

double GlyphPainter::advanceEm(char c) {
  FT_Face face = m_font->face;
  if (FT_Load_Char(face, static_cast<FT_ULong>(static_cast<unsigned char>(c)), FT_LOAD_NO_SCALE) != 0) return 0.5;
  return static_cast<double>(face->glyph->advance.x) / face->units_per_EM;
}

double GlyphPainter::draw(cv::Mat& canvas, std::string_view text, double x, double baseline, double pixelsPerEm,
                          unsigned char ink, double advance) {
  FT_Face face = m_font->face;
  FT_Set_Char_Size(face, 0, static_cast<FT_F26Dot6>(std::lround(pixelsPerEm * 64)), 72, 72);
  for (char c : text) {
    const double pen = x;
    x += advance > 0 ? advance : advanceEm(c) * pixelsPerEm;
    if (c == ' ') continue;
    const FT_UInt index = FT_Get_Char_Index(face, static_cast<FT_ULong>(static_cast<unsigned char>(c)));
    if (FT_Load_Glyph(face, index, FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) != 0) continue;
    const double left = std::floor(pen);
    const double top = std::floor(baseline);
    // Sub-pixel placement: the outline moves by the fractional part before it is rasterised.
    FT_Outline_Translate(&face->glyph->outline, std::lround((pen - left) * 64), -std::lround((baseline - top) * 64));
    if (FT_Render_Glyph(face->glyph, FT_RENDER_MODE_NORMAL) != 0) continue;
    const FT_Bitmap& bitmap = face->glyph->bitmap;
    const int x0 = static_cast<int>(left) + face->glyph->bitmap_left;
    const int y0 = static_cast<int>(top) - face->glyph->bitmap_top;
    for (int row = 0; row < static_cast<int>(bitmap.rows); ++row) {
      const int y = y0 + row;
      if (y < 0 || y >= canvas.rows) continue;
      auto* line = canvas.ptr<unsigned char>(y);
      for (int column = 0; column < static_cast<int>(bitmap.width); ++column) {
        const int px = x0 + column;
        if (px < 0 || px >= canvas.cols) continue;
        const double alpha = bitmap.buffer[row * bitmap.pitch + column] / 255.0;
        line[px] = static_cast<unsigned char>(std::lround(line[px] * (1 - alpha) + ink * alpha));
      }
    }
  }
  return x;
}

}  // namespace foyer::testing
