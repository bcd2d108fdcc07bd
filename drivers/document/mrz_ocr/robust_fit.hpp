#pragma once
#include <span>
#include <vector>

namespace foyer::document::mrz {

struct FitPoint {
  double x = 0;
  double y = 0;
};

struct FittedLine {
  double intercept = 0;
  double slope = 0;
  [[nodiscard]] double at(double x) const { return intercept + slope * x; }
};

// Least squares; with fewer than two distinct x the slope is 0 and the intercept the mean.
FittedLine fitLine(std::span<const FitPoint> points);
// The same, fitted again without the points more than `tolerance` off the first fit.
FittedLine fitLineTrimmed(std::span<const FitPoint> points, double tolerance);

// The median (upper one for an even count), 0 for none.
double median(std::vector<double> values);

}  // namespace foyer::document::mrz
