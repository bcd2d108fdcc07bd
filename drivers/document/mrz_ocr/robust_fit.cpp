#include "drivers/document/mrz_ocr/robust_fit.hpp"

#include <algorithm>
#include <cmath>

namespace foyer::document::mrz {

FittedLine fitLine(std::span<const FitPoint> points) {
  if (points.empty()) return {};
  double meanX = 0;
  double meanY = 0;
  for (const auto& p : points) {
    meanX += p.x;
    meanY += p.y;
  }
  meanX /= static_cast<double>(points.size());
  meanY /= static_cast<double>(points.size());
  double xx = 0;
  double xy = 0;
  for (const auto& p : points) {
    xx += (p.x - meanX) * (p.x - meanX);
    xy += (p.x - meanX) * (p.y - meanY);
  }
  if (xx < 1e-12) return {meanY, 0};
  const double slope = xy / xx;
  return {meanY - slope * meanX, slope};
}

FittedLine fitLineTrimmed(std::span<const FitPoint> points, double tolerance) {
  const FittedLine first = fitLine(points);
  std::vector<FitPoint> kept;
  for (const auto& p : points) {
    if (std::abs(p.y - first.at(p.x)) <= tolerance) kept.push_back(p);
  }
  return kept.size() >= 2 ? fitLine(kept) : first;
}

double median(std::vector<double> values) {
  if (values.empty()) return 0;
  const auto middle = values.begin() + static_cast<long>(values.size() / 2);
  std::nth_element(values.begin(), middle, values.end());
  return *middle;
}

}  // namespace foyer::document::mrz
