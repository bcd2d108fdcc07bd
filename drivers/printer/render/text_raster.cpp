#include "drivers/printer/render/text_raster.hpp"

#include <algorithm>
#include <cmath>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "drivers/printer/protocol/utf8.hpp"

namespace foyer::printer::render {
namespace {

// Coverage at or above this prints black: a thermal head has no grey.
constexpr std::uint8_t kThreshold = 110;

bool isSpace(char32_t codePoint) { return codePoint == U' ' || codePoint == 0x00A0; }

}  // namespace

TextRasteriser::TextRasteriser(std::vector<GlyphFont> fonts) : m_fonts(std::move(fonts)) {}

std::expected<TextRasteriser, std::string> TextRasteriser::create(const std::vector<std::filesystem::path>& files) {
  std::vector<GlyphFont> fonts;
  std::string failures;
  for (const auto& file : files) {
    auto font = GlyphFont::open(file);
    if (font) fonts.push_back(std::move(*font));
    else failures += (failures.empty() ? "" : "; ") + font.error();
  }
  if (fonts.empty()) return std::unexpected("no font for text rasters: " + failures);
  return TextRasteriser(std::move(fonts));
}

std::expected<TextRasteriser, std::string> TextRasteriser::createDefault() {
  return create({std::begin(kDefaultTextFonts), std::end(kDefaultTextFonts)});
}

GlyphFont* TextRasteriser::fontFor(char32_t codePoint) {
  for (auto& font : m_fonts) {
    if (font.hasGlyph(codePoint)) return &font;
  }
  return nullptr;
}

bool TextRasteriser::covers(std::string_view utf8) const {
  for (std::size_t pos = 0; pos < utf8.size();) {
    const auto step = escpos::nextCodePoint(utf8, pos);
    pos += step.length;
    if (!step.codePoint) return false;
    if (isSpace(*step.codePoint)) continue;
    if (std::none_of(m_fonts.begin(), m_fonts.end(), [&](const GlyphFont& font) { return font.hasGlyph(*step.codePoint); })) {
      return false;
    }
  }
  return true;
}

escpos::Bitmap TextRasteriser::render(std::string_view utf8, int heightDots, std::optional<int> maxWidthDots) {
  if (heightDots <= 0 || utf8.empty()) return {};
  struct Placed {
    GlyphFont* font;
    char32_t codePoint;
    int pixelSize;
  };
  // Each font at the size where its own ascender + descender make the line height; the line's box is then
  // the highest ascender over the lowest descender of the fonts used.
  std::vector<Placed> placed;
  int ascender = 0;
  int descender = 0;
  for (std::size_t pos = 0; pos < utf8.size();) {
    const auto step = escpos::nextCodePoint(utf8, pos);
    pos += step.length;
    const char32_t codePoint = step.codePoint.value_or(U'?');
    GlyphFont* font = fontFor(codePoint);
    if (font == nullptr) font = &m_fonts.front();  // its missing-glyph box shows that something is missing
    int pixelSize = heightDots;
    for (; pixelSize > 4; --pixelSize) {
      const FontMetrics metrics = font->metrics(pixelSize);
      if (metrics.ascender + metrics.descender <= heightDots) break;
    }
    const FontMetrics metrics = font->metrics(pixelSize);
    ascender = std::max(ascender, metrics.ascender);
    descender = std::max(descender, metrics.descender);
    placed.push_back({font, codePoint, pixelSize});
  }

  int width = 0;
  for (const auto& glyph : placed) {
    if (const auto image = glyph.font->render(glyph.codePoint, glyph.pixelSize)) width += image->advance;
  }
  if (width <= 0) return {};
  cv::Mat canvas(ascender + descender, width + 2, CV_8UC1, cv::Scalar(0));  // coverage, 255 = ink
  int pen = 0;
  for (const auto& glyph : placed) {
    const auto image = glyph.font->render(glyph.codePoint, glyph.pixelSize);
    if (!image) continue;
    for (int y = 0; y < image->height; ++y) {
      for (int x = 0; x < image->width; ++x) {
        const int px = pen + image->left + x;
        const int py = ascender - image->top + y;
        if (px < 0 || py < 0 || px >= canvas.cols || py >= canvas.rows) continue;
        auto& pixel = canvas.at<std::uint8_t>(py, px);
        pixel = std::max(pixel, image->coverage[static_cast<std::size_t>(y) * static_cast<std::size_t>(image->width) +
                                                static_cast<std::size_t>(x)]);
      }
    }
    pen += image->advance;
  }

  // Down to the requested height (fonts of different proportions can make the box taller), and to the
  // width limit; area averaging keeps thin strokes before the threshold.
  double scale = std::min(1.0, static_cast<double>(heightDots) / canvas.rows);
  if (maxWidthDots && *maxWidthDots > 0) scale = std::min(scale, static_cast<double>(*maxWidthDots) / canvas.cols);
  if (scale < 1.0) {
    const cv::Size size(std::max(1, static_cast<int>(std::floor(canvas.cols * scale))),
                        std::max(1, static_cast<int>(std::floor(canvas.rows * scale))));
    cv::Mat smaller;
    cv::resize(canvas, smaller, size, 0, 0, cv::INTER_AREA);
    canvas = smaller;
  }
  auto bitmap = escpos::Bitmap::blank(canvas.cols, canvas.rows);
  for (int y = 0; y < canvas.rows; ++y) {
    for (int x = 0; x < canvas.cols; ++x) bitmap.set(x, y, canvas.at<std::uint8_t>(y, x) >= kThreshold);
  }
  return bitmap;
}

}  // namespace foyer::printer::render
