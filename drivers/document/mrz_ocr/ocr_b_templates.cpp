#include "drivers/document/mrz_ocr/ocr_b_templates.hpp"

#include <algorithm>
#include <cmath>
#include <memory>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_BBOX_H
#include FT_OUTLINE_H
#include <opencv2/imgproc.hpp>

namespace foyer::document::mrz {
namespace {

// Glyphs are drawn this many times larger and area-averaged down: smoother edges than FreeType's own
// anti-aliasing at 24 pixels, and independent of its hinting.
constexpr int kOversample = 8;

struct LibraryDeleter {
  void operator()(FT_Library library) const { FT_Done_FreeType(library); }
};
struct FaceDeleter {
  void operator()(FT_Face face) const { FT_Done_Face(face); }
};
using Library = std::unique_ptr<std::remove_pointer_t<FT_Library>, LibraryDeleter>;
using Face = std::unique_ptr<std::remove_pointer_t<FT_Face>, FaceDeleter>;

struct GlyphMetrics {
  FT_UInt index = 0;
  long advance = 0;
  FT_BBox box{};
};

std::expected<std::vector<GlyphMetrics>, std::string> unscaledMetrics(FT_Face face) {
  std::vector<GlyphMetrics> metrics;
  for (char c : kMrzAlphabet) {
    GlyphMetrics glyph;
    glyph.index = FT_Get_Char_Index(face, static_cast<FT_ULong>(c));
    if (glyph.index == 0 || FT_Load_Glyph(face, glyph.index, FT_LOAD_NO_SCALE) != 0 ||
        face->glyph->format != FT_GLYPH_FORMAT_OUTLINE) {
      return std::unexpected(std::string("the font has no outline for '") + c + "'");
    }
    glyph.advance = face->glyph->advance.x;
    FT_Outline_Get_BBox(&face->glyph->outline, &glyph.box);
    if (glyph.box.yMax <= glyph.box.yMin) return std::unexpected(std::string("the glyph '") + c + "' is empty");
    metrics.push_back(glyph);
  }
  const long advance = metrics.front().advance;
  if (advance <= 0 ||
      std::any_of(metrics.begin(), metrics.end(), [&](const auto& m) { return m.advance != advance; })) {
    return std::unexpected(std::string("not a monospaced font (OCR-B is)"));
  }
  return metrics;
}

struct CellGeometry {
  double unitsPerPixel = 0;  // font units per template pixel
  double top = 0;            // font height (units) at the cell's top edge
  double referenceRow = 0;   // see OcrBTemplates::referenceRow
};

// One advance wide; vertically centred on the glyphs' common extent (digits are taller than letters).
CellGeometry cellGeometry(const std::vector<GlyphMetrics>& metrics) {
  CellGeometry cell;
  cell.unitsPerPixel = static_cast<double>(metrics.front().advance) / kCellWidth;
  FT_Pos low = metrics.front().box.yMin;
  FT_Pos high = metrics.front().box.yMax;
  for (const auto& m : metrics) {
    low = std::min(low, m.box.yMin);
    high = std::max(high, m.box.yMax);
  }
  cell.top = static_cast<double>(low + high) / 2 + kCellHeight * cell.unitsPerPixel / 2;
  std::vector<double> centreRows;
  for (const auto& m : metrics) {
    centreRows.push_back((cell.top - static_cast<double>(m.box.yMin + m.box.yMax) / 2) / cell.unitsPerPixel - 0.5);
  }
  std::nth_element(centreRows.begin(), centreRows.begin() + kGlyphCount / 2, centreRows.end());
  cell.referenceRow = centreRows[kGlyphCount / 2];
  return cell;
}

// Draws one glyph with its pen at the cell's left edge and its baseline `baseline` pixels (fractional)
// below the cell's top; returns coverage, 0-255.
cv::Mat rasterise(FT_Face face, FT_UInt index, double baseline) {
  cv::Mat canvas = cv::Mat::zeros(kCellHeight * kOversample, kCellWidth * kOversample, CV_8UC1);
  if (FT_Load_Glyph(face, index, FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) != 0) return canvas;
  const double whole = std::floor(baseline);
  FT_Outline_Translate(&face->glyph->outline, 0, -static_cast<FT_Pos>(std::lround((baseline - whole) * 64)));
  if (FT_Render_Glyph(face->glyph, FT_RENDER_MODE_NORMAL) != 0) return canvas;
  const FT_Bitmap& bitmap = face->glyph->bitmap;
  const int top = static_cast<int>(whole) - face->glyph->bitmap_top;
  const int left = face->glyph->bitmap_left;
  for (int row = 0; row < static_cast<int>(bitmap.rows); ++row) {
    for (int column = 0; column < static_cast<int>(bitmap.width); ++column) {
      const int y = top + row;
      const int x = left + column;
      if (y < 0 || y >= canvas.rows || x < 0 || x >= canvas.cols) continue;
      canvas.at<unsigned char>(y, x) = bitmap.buffer[row * bitmap.pitch + column];
    }
  }
  return canvas;
}

}  // namespace

std::expected<OcrBTemplates, std::string> OcrBTemplates::fromFontData(std::span<const unsigned char> font) {
  if (font.empty()) return std::unexpected(std::string("the font data is empty"));
  FT_Library rawLibrary = nullptr;
  if (FT_Init_FreeType(&rawLibrary) != 0) return std::unexpected(std::string("FreeType did not start"));
  Library library(rawLibrary);
  FT_Face rawFace = nullptr;
  if (FT_New_Memory_Face(library.get(), font.data(), static_cast<FT_Long>(font.size()), 0, &rawFace) != 0) {
    return std::unexpected(std::string("not a font FreeType can read"));
  }
  Face face(rawFace);
  const auto metrics = unscaledMetrics(face.get());
  if (!metrics) return std::unexpected(metrics.error());

  const CellGeometry cell = cellGeometry(*metrics);
  const double pixelsPerEm =
      kOversample * kCellWidth * face->units_per_EM / static_cast<double>(metrics->front().advance);
  if (FT_Set_Char_Size(face.get(), 0, static_cast<FT_F26Dot6>(std::lround(pixelsPerEm * 64)), 72, 72) != 0) {
    return std::unexpected(std::string("the font cannot be scaled"));
  }
  OcrBTemplates templates;
  templates.m_referenceRow = cell.referenceRow;
  for (auto& matrix : templates.m_matrices) matrix.create(kGlyphCount, kCellPixels, CV_32F);
  for (int glyph = 0; glyph < kGlyphCount; ++glyph) {
    const cv::Mat coverage = rasterise(face.get(), (*metrics)[static_cast<std::size_t>(glyph)].index,
                                       cell.top / cell.unitsPerPixel * kOversample);
    cv::Mat small;
    cv::resize(coverage, small, cv::Size(kCellWidth, kCellHeight), 0, 0, cv::INTER_AREA);
    cv::Mat ink;
    small.convertTo(ink, CV_32F, -1, 255);
    for (std::size_t level = 0; level < kSharpnessLevels; ++level) {
      cv::Mat row = templates.m_matrices[level].row(glyph).reshape(1, kCellHeight);
      cv::GaussianBlur(ink, row, cv::Size(0, 0), kBlurSigmas[level]);
      if (level == 0) row.convertTo(templates.m_images.emplace_back(), CV_8U);
      row -= cv::mean(row)[0];
      const double length = cv::norm(row);
      if (length < 1e-3) return std::unexpected(std::string("the glyph '") + kMrzAlphabet[glyph] + "' has no ink");
      row /= length;
    }
  }
  return templates;
}

}  // namespace foyer::document::mrz
