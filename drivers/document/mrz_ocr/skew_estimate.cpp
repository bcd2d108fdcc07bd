#include "drivers/document/mrz_ocr/skew_estimate.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace foyer::document::mrz {
namespace {

// Sum of squared row counts: large when many centres share rows. `phase` shifts the rows by a fraction of
// their height, so that a text line straddling a row edge is not penalised at every angle alike.
double bunching(const std::vector<TextBlob>& blobs, double angle, double rowHeight, double phase,
                std::vector<int>& rows) {
  const double sine = std::sin(angle);
  const double cosine = std::cos(angle);
  std::fill(rows.begin(), rows.end(), 0);
  for (const auto& blob : blobs) {
    const double across = -blob.x * sine + blob.y * cosine;
    const long row = std::lround(std::floor(across / rowHeight + phase)) + static_cast<long>(rows.size() / 2);
    if (row >= 0 && row < static_cast<long>(rows.size())) ++rows[static_cast<std::size_t>(row)];
  }
  double score = 0;
  for (int count : rows) score += static_cast<double>(count) * count;
  return score;
}

double bestAngle(const std::vector<TextBlob>& blobs, double from, double to, double step, double rowHeight,
                 std::vector<int>& rows) {
  double best = 0;
  double bestScore = -1;
  const int steps = static_cast<int>(std::lround((to - from) / step));
  for (int i = 0; i <= steps; ++i) {
    const double angle = from + i * step;
    const double score = bunching(blobs, angle, rowHeight, 0, rows) + bunching(blobs, angle, rowHeight, 0.5, rows);
    if (score > bestScore) {
      bestScore = score;
      best = angle;
    }
  }
  return best;
}

}  // namespace

double estimateSkew(const std::vector<TextBlob>& blobs, double maxAngle) {
  if (blobs.size() < 2) return 0;
  const double rowHeight = std::max(2.0, medianHeight(blobs) / 4);
  double extent = 1;
  for (const auto& blob : blobs) extent = std::max(extent, std::abs(blob.x) + std::abs(blob.y));
  std::vector<int> rows(static_cast<std::size_t>(2 * extent / rowHeight) + 4);
  constexpr double kDegree = 3.14159265358979323846 / 180;
  const double coarseStep = 0.2 * kDegree;
  const double coarse = bestAngle(blobs, -maxAngle, maxAngle, coarseStep, rowHeight, rows);
  return bestAngle(blobs, coarse - coarseStep, coarse + coarseStep, 0.02 * kDegree, rowHeight, rows);
}

}  // namespace foyer::document::mrz
