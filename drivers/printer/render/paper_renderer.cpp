#include "drivers/printer/render/paper_renderer.hpp"

#include <algorithm>
#include <tuple>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "drivers/printer/protocol/code128.hpp"
#include "drivers/printer/protocol/utf8.hpp"
#include "drivers/printer/render/qr_bitmap.hpp"

namespace foyer::printer::render {
namespace {

using escpos::Align;
using escpos::TextStyle;

constexpr std::uint8_t kWhite = 255;
constexpr std::uint8_t kInk = 0;
constexpr int kCutStripDots = 24;

cv::Mat whiteStrip(int width, int height) { return cv::Mat(std::max(height, 0), width, CV_8UC1, cv::Scalar(kWhite)); }

// Black dots of a bitmap, each scaleX × scaleY pixels, onto the strip at (left, top); clipped to [clipLeft, clipRight).
void drawBitmap(cv::Mat& strip, const escpos::Bitmap& bitmap, int left, int top, int scaleX, int scaleY, int clipLeft,
                int clipRight) {
  for (int y = 0; y < bitmap.height; ++y) {
    for (int x = 0; x < bitmap.width; ++x) {
      if (!bitmap.at(x, y)) continue;
      for (int dy = 0; dy < scaleY; ++dy) {
        const int py = top + y * scaleY + dy;
        if (py < 0 || py >= strip.rows) continue;
        for (int dx = 0; dx < scaleX; ++dx) {
          const int px = left + x * scaleX + dx;
          if (px >= clipLeft && px < clipRight) strip.at<std::uint8_t>(py, px) = kInk;
        }
      }
    }
  }
}

}  // namespace

std::uint8_t PaperImage::at(int x, int y) const {
  if (x < 0 || y < 0 || x >= width || y >= height) return kWhite;
  return grey[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)];
}

struct PaperRenderer::Impl {
  GlyphFont regular;
  GlyphFont bold;
  int pixelSizeA = 20;
  int pixelSizeB = 15;
  std::map<std::tuple<char32_t, bool, bool>, cv::Mat> cells;  // (code point, bold, font B) → unscaled cell

  // The largest pixel size whose 'M' fits the cell width and whose ascender + descender fit its height.
  static int fittingPixelSize(GlyphFont& font, int cellWidth, int cellHeight) {
    for (int size = cellHeight; size > 4; --size) {
      const FontMetrics metrics = font.metrics(size);
      if (metrics.advance <= cellWidth && metrics.ascender + metrics.descender <= cellHeight + 1) return size;
    }
    return 5;
  }

  const cv::Mat& cell(char32_t codePoint, bool isBold, bool fontB) {
    const auto key = std::make_tuple(codePoint, isBold, fontB);
    if (const auto found = cells.find(key); found != cells.end()) return found->second;
    TextStyle plain;
    plain.fontB = fontB;
    const int width = escpos::characterWidthDots(plain);
    const int height = escpos::characterHeightDots(plain);
    cv::Mat image = whiteStrip(width, height);
    GlyphFont& font = isBold ? bold : regular;
    const int pixelSize = fontB ? pixelSizeB : pixelSizeA;
    const FontMetrics metrics = font.metrics(pixelSize);
    // Centre the font's line box in the cell; the baseline sits `ascender` below the box's top.
    const int baseline = (height - metrics.ascender - metrics.descender) / 2 + metrics.ascender;
    if (const auto glyph = font.render(codePoint, pixelSize)) {
      const int originX = (width - glyph->advance) / 2;
      for (int y = 0; y < glyph->height; ++y) {
        for (int x = 0; x < glyph->width; ++x) {
          const int px = originX + glyph->left + x;
          const int py = baseline - glyph->top + y;
          if (px < 0 || py < 0 || px >= width || py >= height) continue;
          const std::uint8_t coverage =
              glyph->coverage[static_cast<std::size_t>(y) * static_cast<std::size_t>(glyph->width) +
                              static_cast<std::size_t>(x)];
          auto& pixel = image.at<std::uint8_t>(py, px);
          pixel = std::min<std::uint8_t>(pixel, static_cast<std::uint8_t>(kWhite - coverage));
        }
      }
    }
    return cells.emplace(key, std::move(image)).first->second;
  }

  // One character with its style at (x, y) of the strip: the cell scaled as the printer scales its dot
  // pattern, then underline and reverse on the whole cell.
  void drawCharacter(cv::Mat& strip, int x, int y, char32_t codePoint, const TextStyle& style) {
    cv::Mat scaled;
    cv::resize(cell(codePoint, style.bold, style.fontB), scaled,
               cv::Size(escpos::characterWidthDots(style), escpos::characterHeightDots(style)), 0, 0, cv::INTER_NEAREST);
    if (style.underline) {
      const int thickness = 2 * style.heightScale;
      scaled.rowRange(scaled.rows - thickness, scaled.rows).setTo(kInk);
    }
    if (style.reverse) cv::bitwise_not(scaled, scaled);
    const cv::Rect target = cv::Rect(x, y, scaled.cols, scaled.rows) & cv::Rect(0, 0, strip.cols, strip.rows);
    if (target.empty()) return;
    scaled(cv::Rect(target.x - x, target.y - y, target.width, target.height)).copyTo(strip(target));
  }

  // A run of UTF-8 text from x; characters stand on a common bottom line `bottom`. Returns the x after it.
  int drawText(cv::Mat& strip, int x, int bottom, std::string_view utf8, const TextStyle& style) {
    for (std::size_t pos = 0; pos < utf8.size();) {
      const auto step = escpos::nextCodePoint(utf8, pos);
      pos += step.length;
      drawCharacter(strip, x, bottom - escpos::characterHeightDots(style), step.codePoint.value_or(U'?'), style);
      x += escpos::characterWidthDots(style);
    }
    return x;
  }
};

PaperRenderer::PaperRenderer(PaperConfig config, std::unique_ptr<Impl> impl)
    : m_config(std::move(config)), m_impl(std::move(impl)) {}
PaperRenderer::PaperRenderer(PaperRenderer&&) noexcept = default;
PaperRenderer& PaperRenderer::operator=(PaperRenderer&&) noexcept = default;
PaperRenderer::~PaperRenderer() = default;

std::expected<PaperRenderer, std::string> PaperRenderer::create(PaperConfig config) {
  if (config.printableWidthDots < 48 || config.paperWidthDots < config.printableWidthDots) {
    return std::unexpected("paper narrower than its printable width, or no printable width");
  }
  auto regular = GlyphFont::open(config.regularFont);
  if (!regular) return std::unexpected(regular.error());
  auto bold = GlyphFont::open(config.boldFont);
  if (!bold) return std::unexpected(bold.error());
  auto impl = std::make_unique<Impl>(Impl{std::move(*regular), std::move(*bold), 20, 15, {}});
  impl->pixelSizeA = Impl::fittingPixelSize(impl->regular, 12, 24);
  impl->pixelSizeB = Impl::fittingPixelSize(impl->regular, 9, 17);
  return PaperRenderer(std::move(config), std::move(impl));
}

PaperImage PaperRenderer::render(std::span<const escpos::PaperItem> items) {
  const int paperWidth = m_config.paperWidthDots;
  const int left = (paperWidth - m_config.printableWidthDots) / 2;
  const int right = left + m_config.printableWidthDots;
  const auto alignedLeft = [&](Align align, int width) {
    switch (align) {
      case Align::Centre: return left + (m_config.printableWidthDots - width) / 2;
      case Align::Right: return right - width;
      case Align::Left: break;
    }
    return left;
  };

  PaperImage image;
  std::vector<cv::Mat> strips;
  strips.push_back(whiteStrip(paperWidth, m_config.topMarginDots));
  int top = m_config.topMarginDots;
  for (const auto& item : items) {
    cv::Mat strip;
    if (const auto* line = std::get_if<escpos::PrintedLine>(&item)) {
      int width = 0;
      int tallest = 0;
      for (const auto& run : line->runs) {
        std::size_t characters = 0;
        for (std::size_t pos = 0; pos < run.utf8.size(); ++characters) pos += escpos::nextCodePoint(run.utf8, pos).length;
        width += static_cast<int>(characters) * escpos::characterWidthDots(run.style);
        tallest = std::max(tallest, escpos::characterHeightDots(run.style));
      }
      strip = whiteStrip(paperWidth, std::max(line->heightDots, tallest));
      int x = alignedLeft(line->align, width);
      for (const auto& run : line->runs) x = m_impl->drawText(strip, x, tallest, run.utf8, run.style);
    } else if (const auto* raster = std::get_if<escpos::PrintedRaster>(&item)) {
      const int width = raster->bitmap.width * raster->scaleX;
      strip = whiteStrip(paperWidth, raster->bitmap.height * raster->scaleY);
      // Too wide an image starts at the left edge and loses its right part, as on paper.
      const int x = width > m_config.printableWidthDots ? left : alignedLeft(raster->align, width);
      drawBitmap(strip, raster->bitmap, x, 0, raster->scaleX, raster->scaleY, left, right);
    } else if (const auto* qr = std::get_if<escpos::PrintedQr>(&item)) {
      const auto level = qr->errorCorrection == 'M'   ? escpos::QrErrorCorrection::M
                         : qr->errorCorrection == 'Q' ? escpos::QrErrorCorrection::Q
                         : qr->errorCorrection == 'H' ? escpos::QrErrorCorrection::H
                                                      : escpos::QrErrorCorrection::L;
      if (auto symbol = qrBitmap(qr->data, qr->moduleSize, level)) {
        strip = whiteStrip(paperWidth, symbol->height);
        const int x = symbol->width > m_config.printableWidthDots ? left : alignedLeft(qr->align, symbol->width);
        drawBitmap(strip, *symbol, x, 0, 1, 1, left, right);
      } else {
        strip = whiteStrip(paperWidth, 24);
        m_impl->drawText(strip, left, 24, "[QR: " + symbol.error() + "]", TextStyle{});
      }
    } else if (const auto* barcode = std::get_if<escpos::PrintedBarcode>(&item)) {
      TextStyle hriStyle;
      hriStyle.fontB = barcode->hriFontB;
      const int hriHeight = escpos::characterHeightDots(hriStyle);
      const bool above = barcode->hri == escpos::HriPosition::Above || barcode->hri == escpos::HriPosition::Both;
      const bool below = barcode->hri == escpos::HriPosition::Below || barcode->hri == escpos::HriPosition::Both;
      escpos::Bitmap bars;
      if (barcode->system == escpos::BarcodeSystem::Code128) {
        const std::string& data = barcode->data;
        if (auto symbol = escpos::parseCode128(
                escpos::ByteView(reinterpret_cast<const std::uint8_t*>(data.data()), data.size()))) {
          bars = escpos::code128Bars(*symbol, barcode->moduleWidth, barcode->height);
        }
      }
      if (bars.empty()) {
        // Systems we do not draw: a grey box of the barcode's height with its name, so the layout still shows.
        bars = escpos::Bitmap::blank(std::min(m_config.printableWidthDots, 24 * barcode->moduleWidth * 4), barcode->height);
      }
      strip = whiteStrip(paperWidth, barcode->height + (above ? hriHeight : 0) + (below ? hriHeight : 0));
      const int x = bars.width > m_config.printableWidthDots ? left : alignedLeft(barcode->align, bars.width);
      const int barsTop = above ? hriHeight : 0;
      if (barcode->system == escpos::BarcodeSystem::Code128 && bars.blackDots() > 0) {
        drawBitmap(strip, bars, x, barsTop, 1, 1, left, right);
      } else {
        cv::rectangle(strip, cv::Rect(x, barsTop, bars.width, bars.height), cv::Scalar(160), cv::FILLED);
        m_impl->drawText(strip, x + 4, barsTop + 28, std::string(escpos::barcodeSystemName(barcode->system)), TextStyle{});
      }
      const int textWidth = static_cast<int>(barcode->text.size()) * escpos::characterWidthDots(hriStyle);
      const int textX = x + (bars.width - textWidth) / 2;
      if (above) m_impl->drawText(strip, textX, hriHeight, barcode->text, hriStyle);
      if (below) m_impl->drawText(strip, textX, strip.rows, barcode->text, hriStyle);
    } else if (const auto* feed = std::get_if<escpos::Feed>(&item)) {
      strip = whiteStrip(paperWidth, feed->dots);
    } else {
      strip = whiteStrip(paperWidth, kCutStripDots);
      // A dashed line across the whole roll where the cutter went through.
      for (int x = 0; x < paperWidth; x += 12) {
        cv::line(strip, cv::Point(x, kCutStripDots / 2), cv::Point(std::min(x + 6, paperWidth - 1), kCutStripDots / 2),
                 cv::Scalar(96), 1);
      }
    }
    image.placements.push_back({top, strip.rows});
    top += strip.rows;
    if (!strip.empty()) strips.push_back(std::move(strip));
  }
  strips.push_back(whiteStrip(paperWidth, m_config.topMarginDots));

  cv::Mat paper;
  cv::vconcat(strips, paper);
  image.width = paper.cols;
  image.height = paper.rows;
  image.printableLeft = left;
  image.grey.assign(paper.datastart, paper.dataend);
  return image;
}

}  // namespace foyer::printer::render
