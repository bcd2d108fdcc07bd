#include "drivers/printer/render/glyph_font.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H

namespace foyer::printer::render {

// Each font owns its FreeType library: fonts are few and long-lived, and no face then outlives its library.
struct GlyphFont::Handles {
  FT_Library library = nullptr;
  FT_Face face = nullptr;
  ~Handles() {
    if (face != nullptr) FT_Done_Face(face);
    if (library != nullptr) FT_Done_FreeType(library);
  }
};

GlyphFont::GlyphFont(std::unique_ptr<Handles> handles, std::filesystem::path file)
    : m_handles(std::move(handles)), m_file(std::move(file)) {}
GlyphFont::GlyphFont(GlyphFont&&) noexcept = default;
GlyphFont& GlyphFont::operator=(GlyphFont&&) noexcept = default;
GlyphFont::~GlyphFont() = default;

std::expected<GlyphFont, std::string> GlyphFont::open(const std::filesystem::path& file) {
  auto handles = std::make_unique<Handles>();
  if (FT_Init_FreeType(&handles->library) != 0) return std::unexpected("FreeType did not start");
  if (FT_New_Face(handles->library, file.c_str(), 0, &handles->face) != 0) {
    return std::unexpected("cannot open font " + file.string());
  }
  return GlyphFont(std::move(handles), file);
}

bool GlyphFont::hasGlyph(char32_t codePoint) const {
  return FT_Get_Char_Index(m_handles->face, codePoint) != 0;
}

bool GlyphFont::setSize(int pixelSize) {
  if (pixelSize == m_pixelSize) return true;
  if (FT_Set_Pixel_Sizes(m_handles->face, 0, static_cast<FT_UInt>(pixelSize)) != 0) return false;
  m_pixelSize = pixelSize;
  return true;
}

FontMetrics GlyphFont::metrics(int pixelSize) {
  FontMetrics metrics;
  if (!setSize(pixelSize)) return metrics;
  const FT_Size_Metrics& size = m_handles->face->size->metrics;
  metrics.ascender = static_cast<int>((size.ascender + 63) >> 6);
  metrics.descender = static_cast<int>((-size.descender + 63) >> 6);
  if (FT_Load_Char(m_handles->face, 'M', FT_LOAD_DEFAULT) == 0) {
    metrics.advance = static_cast<int>((m_handles->face->glyph->advance.x + 32) >> 6);
  }
  return metrics;
}

std::optional<GlyphImage> GlyphFont::render(char32_t codePoint, int pixelSize) {
  if (!setSize(pixelSize)) return std::nullopt;
  if (FT_Load_Char(m_handles->face, codePoint, FT_LOAD_RENDER) != 0) return std::nullopt;
  const FT_GlyphSlot slot = m_handles->face->glyph;
  const FT_Bitmap& bitmap = slot->bitmap;
  if (bitmap.pixel_mode != FT_PIXEL_MODE_GRAY && bitmap.width > 0) return std::nullopt;
  GlyphImage glyph;
  glyph.width = static_cast<int>(bitmap.width);
  glyph.height = static_cast<int>(bitmap.rows);
  glyph.left = slot->bitmap_left;
  glyph.top = slot->bitmap_top;
  glyph.advance = static_cast<int>((slot->advance.x + 32) >> 6);
  glyph.coverage.resize(static_cast<std::size_t>(glyph.width) * static_cast<std::size_t>(glyph.height));
  for (int y = 0; y < glyph.height; ++y) {
    const unsigned char* row = bitmap.buffer + static_cast<std::ptrdiff_t>(y) * bitmap.pitch;
    for (int x = 0; x < glyph.width; ++x) {
      glyph.coverage[static_cast<std::size_t>(y) * static_cast<std::size_t>(glyph.width) + static_cast<std::size_t>(x)] =
          row[x];
    }
  }
  return glyph;
}

}  // namespace foyer::printer::render
