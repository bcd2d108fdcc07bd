#include "drivers/document/mrz_ocr/regular_lines.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "drivers/document/mrz_ocr/robust_fit.hpp"

namespace foyer::document::mrz {
namespace {

std::vector<std::vector<PlacedBlob>> rows(const std::vector<TextBlob>& blobs, double angle) {
  std::vector<PlacedBlob> placed;
  placed.reserve(blobs.size());
  for (const auto& blob : blobs) placed.push_back(place(blob, angle));
  std::sort(placed.begin(), placed.end(), [](const auto& a, const auto& b) { return a.v < b.v; });
  // Centres of one printed line agree to a pixel or two once the skew is undone; lines are a character
  // height or more apart.
  std::vector<std::vector<PlacedBlob>> result;
  for (std::size_t i = 0; i < placed.size(); ++i) {
    const bool sameRow =
        i > 0 && placed[i].v - placed[i - 1].v <= 0.15 * std::max(placed[i].height, placed[i - 1].height);
    if (!sameRow) result.emplace_back();
    result.back().push_back(placed[i]);
  }
  return result;
}

// Blurred neighbours can melt into one blob: split it into the character centres it covers.
std::vector<double> centres(const std::vector<PlacedBlob>& row, double pitch) {
  std::vector<double> result;
  for (const auto& blob : row) {
    const int spanned = blob.width > 1.4 * pitch ? static_cast<int>(std::lround(blob.width / pitch)) : 1;
    for (int i = 0; i < spanned; ++i) result.push_back(blob.u + (i - (spanned - 1) / 2.0) * pitch);
  }
  std::sort(result.begin(), result.end());
  return result;
}

std::optional<RegularLine> longestStretch(std::vector<PlacedBlob> row, int minCells) {
  if (static_cast<int>(row.size()) < minCells) return std::nullopt;
  std::sort(row.begin(), row.end(), [](const auto& a, const auto& b) { return a.u < b.u; });
  std::vector<double> heights;
  for (const auto& blob : row) heights.push_back(blob.height);
  const double height = median(heights);
  std::vector<double> steps;
  for (std::size_t i = 1; i < row.size(); ++i) {
    const double step = row[i].u - row[i - 1].u;
    if (step > 0.6 * height && step < 1.6 * height) steps.push_back(step);
  }
  if (static_cast<int>(steps.size()) < minCells / 2) return std::nullopt;
  const double pitch = median(steps);
  const std::vector<double> u = centres(row, pitch);

  std::vector<FitPoint> best;
  for (std::size_t first = 0; first < u.size();) {
    std::vector<FitPoint> stretch{{0, u[first]}};
    int cell = 0;
    double previous = u[first];
    std::size_t next = first + 1;
    for (; next < u.size(); ++next) {
      const double step = u[next] - previous;
      if (step < 0.35 * pitch) continue;  // a second piece of the same character
      const int advance = static_cast<int>(std::lround(step / pitch));
      // One position without ink (a faint character) is bridged; more ends the stretch.
      if (advance < 1 || advance > 2 || std::abs(step - advance * pitch) > 0.3 * pitch) break;
      cell += advance;
      stretch.push_back({static_cast<double>(cell), u[next]});
      previous = u[next];
    }
    if (stretch.back().x > (best.empty() ? -1 : best.back().x)) best = std::move(stretch);
    first = next;
  }
  const int cells = static_cast<int>(best.back().x) + 1;
  if (cells < minCells) return std::nullopt;
  const auto line = fitLine(best);
  RegularLine result;
  result.start = line.intercept;
  result.pitch = line.slope;
  result.cells = cells;
  std::vector<double> middles;
  for (const auto& blob : row) middles.push_back(blob.v);
  result.middle = median(middles);
  result.height = height;
  result.blobs = std::move(row);
  return result;
}

}  // namespace

PlacedBlob place(const TextBlob& blob, double angle) {
  const double sine = std::sin(angle);
  const double cosine = std::cos(angle);
  return {blob.x * cosine + blob.y * sine, -blob.x * sine + blob.y * cosine, blob.width, blob.height};
}

std::vector<RegularLine> findRegularLines(const std::vector<TextBlob>& blobs, double angle, int minCells) {
  std::vector<RegularLine> lines;
  for (auto& row : rows(blobs, angle)) {
    if (auto line = longestStretch(std::move(row), minCells)) lines.push_back(std::move(*line));
  }
  return lines;
}

}  // namespace foyer::document::mrz
