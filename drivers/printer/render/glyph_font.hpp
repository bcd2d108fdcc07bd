#pragma once
#include <cstdint>
#include <expected>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

// One font file through FreeType, for the paper renderer and the text rasteriser: glyph coverage
// bitmaps at a pixel size. Not thread-safe (FreeType faces carry their size as state).
namespace foyer::printer::render {

struct GlyphImage {
  int width = 0;
  int height = 0;
  int left = 0;     // from the pen position to the bitmap's left edge
  int top = 0;      // from the baseline up to the bitmap's top row
  int advance = 0;  // pen movement in pixels
  std::vector<std::uint8_t> coverage;  // row-major, 0 empty .. 255 full
};

struct FontMetrics {
  int ascender = 0;   // pixels above the baseline
  int descender = 0;  // pixels below the baseline (positive)
  int advance = 0;    // of 'M', the cell width of a monospaced face
};

class GlyphFont {
 public:
  static std::expected<GlyphFont, std::string> open(const std::filesystem::path& file);
  GlyphFont(GlyphFont&&) noexcept;
  GlyphFont& operator=(GlyphFont&&) noexcept;
  ~GlyphFont();

  [[nodiscard]] bool hasGlyph(char32_t codePoint) const;
  [[nodiscard]] FontMetrics metrics(int pixelSize);
  // Missing glyphs render as the font's box (.notdef); nullopt only when FreeType fails.
  [[nodiscard]] std::optional<GlyphImage> render(char32_t codePoint, int pixelSize);
  [[nodiscard]] const std::filesystem::path& file() const { return m_file; }

 private:
  struct Handles;
  explicit GlyphFont(std::unique_ptr<Handles> handles, std::filesystem::path file);
  bool setSize(int pixelSize);

  std::unique_ptr<Handles> m_handles;
  std::filesystem::path m_file;
  int m_pixelSize = 0;
};

}  // namespace foyer::printer::render
