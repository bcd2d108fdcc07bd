#include "drivers/document/mrz_ocr/glyph_matcher.hpp"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace foyer::document::mrz {
namespace {

// Positions are searched this many cell pixels either way: the line fit is good to about a pixel, and single
// glyphs sit up to a pixel off their nominal place.
constexpr int kShift = 2;

// Eight partial sums, so that the compiler can keep them in vector registers (a single float sum may not
// be reordered).
float dot(const float* a, const float* b) {
  std::array<float, 8> partial{};
  static_assert(kCellPixels % 8 == 0);
  for (int i = 0; i < kCellPixels; i += 8) {
    for (int k = 0; k < 8; ++k) partial[static_cast<std::size_t>(k)] += a[i + k] * b[i + k];
  }
  float sum = 0;
  for (float p : partial) sum += p;
  return sum;
}

// The line, straightened, at `oversample` times the cell scale: cell k's centre column is
// oversample * (kShift + kCellWidth * k + (kCellWidth - 1) / 2) and the line's middle is on the template's
// reference row.
cv::Mat straightenedLine(const cv::Mat& grey, double angle, const MrzLineGeometry& line, int length,
                         double referenceRow, int oversample) {
  const double step = line.pitch / kCellWidth / oversample;  // image pixels per strip pixel
  const double c0 = kShift + (kCellWidth - 1) / 2.0;
  const double r0 = kShift + referenceRow;
  // Strip pixel (i, j) is at cell coordinates ((i + 0.5) / oversample - 0.5, ...).
  const double uAt0 = line.firstCentre + line.pitch / kCellWidth * ((0.5 / oversample - 0.5) - c0);
  const double vAt0 = line.middle + line.pitch / kCellWidth * ((0.5 / oversample - 0.5) - r0);
  const double sine = std::sin(angle);
  const double cosine = std::cos(angle);
  const cv::Matx23d toImage(cosine * step, -sine * step, cosine * uAt0 - sine * vAt0,  //
                            sine * step, cosine * step, sine * uAt0 + cosine * vAt0);
  const cv::Size size((length * kCellWidth + 2 * kShift) * oversample, (kCellHeight + 2 * kShift) * oversample);
  cv::Mat strip;
  cv::warpAffine(grey, strip, toImage, size, cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_REPLICATE);
  if (oversample > 1) {
    cv::Mat small;
    cv::resize(strip, small, cv::Size(size.width / oversample, size.height / oversample), 0, 0, cv::INTER_AREA);
    strip = small;
  }
  cv::Mat result;
  strip.convertTo(result, CV_32F);
  return result;
}

// The best correlation of every glyph with cell `cell` of the strip, over shifts of up to kShift pixels.
GlyphScores scoreCell(const cv::Mat& strip, int cell, const cv::Mat& glyphs) {
  GlyphScores best;
  best.fill(-1);
  std::array<float, kCellPixels> patch{};
  for (int dy = 0; dy <= 2 * kShift; ++dy) {
    for (int dx = 0; dx <= 2 * kShift; ++dx) {
      double sum = 0;
      double squares = 0;
      for (int y = 0; y < kCellHeight; ++y) {
        const float* source = strip.ptr<float>(dy + y) + kCellWidth * cell + dx;
        float* target = patch.data() + y * kCellWidth;
        for (int x = 0; x < kCellWidth; ++x) {
          target[x] = source[x];
          sum += source[x];
          squares += static_cast<double>(source[x]) * source[x];
        }
      }
      const double centred = squares - sum * sum / kCellPixels;
      if (centred < 1e-3) continue;  // flat: no ink, nothing to correlate
      const auto scale = static_cast<float>(1 / std::sqrt(centred));
      // The templates have zero mean, so the patch need not be centred for the dot product.
      for (int glyph = 0; glyph < kGlyphCount; ++glyph) {
        const float score = dot(patch.data(), glyphs.ptr<float>(glyph)) * scale;
        best[static_cast<std::size_t>(glyph)] = std::max(best[static_cast<std::size_t>(glyph)], score);
      }
    }
  }
  return best;
}

// The template sharpness that fits the line's blur: the one under which its characters match best. A
// sample of the cells decides; the line is printed and photographed in one go, so its blur is uniform.
std::size_t sharpnessOf(const cv::Mat& strip, int length, const OcrBTemplates& templates) {
  constexpr int kSampleStep = 4;
  std::size_t bestLevel = 0;
  double bestSum = -1e9;
  for (std::size_t level = 0; level < OcrBTemplates::kSharpnessLevels; ++level) {
    double sum = 0;
    for (int cell = 0; cell < length; cell += kSampleStep) {
      const GlyphScores scores = scoreCell(strip, cell, templates.matrix(level));
      sum += *std::max_element(scores.begin(), scores.end());
    }
    if (sum > bestSum) {
      bestSum = sum;
      bestLevel = level;
    }
  }
  return bestLevel;
}

}  // namespace

std::vector<GlyphScores> scoreLine(const cv::Mat& grey, double angle, const MrzLineGeometry& line, int length,
                                   const OcrBTemplates& templates) {
  // Sample the frame at about its own resolution and average down: plain interpolation of a frame much
  // finer than the cell would alias.
  const int oversample = std::clamp(static_cast<int>(std::lround(line.pitch / kCellWidth)), 1, 4);
  const cv::Mat strip = straightenedLine(grey, angle, line, length, templates.referenceRow(), oversample);
  const cv::Mat& glyphs = templates.matrix(sharpnessOf(strip, length, templates));
  std::vector<GlyphScores> scores;
  scores.reserve(static_cast<std::size_t>(length));
  for (int cell = 0; cell < length; ++cell) scores.push_back(scoreCell(strip, cell, glyphs));
  return scores;
}

}  // namespace foyer::document::mrz
