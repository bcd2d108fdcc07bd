#pragma once
#include <expected>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "drivers/printer/protocol/bitmap.hpp"
#include "drivers/printer/render/glyph_font.hpp"

// A line of text as dots, for scripts the printer's code table lacks (an Arabic name, Cyrillic on a PC858
// printer): the writer sends the result as a GS v 0 raster. The text must already be in visual order with
// joined presentation forms (the kiosk's i18n::toVisualOrder does that); glyphs are placed one after the
// other, without shaping. Each character takes the first font that has it.
namespace foyer::printer::render {

inline constexpr const char* kDefaultTextFonts[] = {
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
};

class TextRasteriser {
 public:
  // Fonts in order of preference; files that do not open are skipped, none opening is an error.
  static std::expected<TextRasteriser, std::string> create(const std::vector<std::filesystem::path>& fonts);
  static std::expected<TextRasteriser, std::string> createDefault();

  // One line `heightDots` tall (ascender to descender of the tallest font used), thresholded to 1 bit.
  // With `maxWidthDots`, a wider line is scaled down to fit (and comes out less tall).
  [[nodiscard]] escpos::Bitmap render(std::string_view visualUtf8, int heightDots,
                                      std::optional<int> maxWidthDots = std::nullopt);
  // Whether some font has a glyph for every character of the text.
  [[nodiscard]] bool covers(std::string_view utf8) const;

 private:
  explicit TextRasteriser(std::vector<GlyphFont> fonts);
  GlyphFont* fontFor(char32_t codePoint);

  std::vector<GlyphFont> m_fonts;
};

}  // namespace foyer::printer::render
