#include "drivers/signature/ink_check.hpp"

#include <algorithm>
#include <cmath>

namespace foyer::signature {

InkVerdict checkInk(const std::vector<Stroke>& strokes, double aspectRatio, const InkLimits& limits) {
  // Lengths in field widths: on a 4:1 field a full-height stroke is a quarter of a full-width one.
  const double heightInWidths = 1.0 / usableAspectRatio(aspectRatio);
  InkVerdict verdict;
  double left = 1.0;
  double right = 0.0;
  for (const auto& stroke : strokes) {
    for (std::size_t i = 0; i < stroke.size(); ++i) {
      left = std::min(left, static_cast<double>(stroke[i].x));
      right = std::max(right, static_cast<double>(stroke[i].x));
      if (i == 0) continue;
      const double dx = stroke[i].x - stroke[i - 1].x;
      const double dy = (stroke[i].y - stroke[i - 1].y) * heightInWidths;
      verdict.ink += std::hypot(dx, dy);
    }
    verdict.points += static_cast<int>(stroke.size());
  }
  if (verdict.points == 0) {
    verdict.hint = "signature.hint.empty";
    return verdict;
  }
  verdict.span = right - left;
  if (verdict.ink < limits.minInk || verdict.points < limits.minPoints) {
    verdict.hint = "signature.hint.more";
  } else if (verdict.span < limits.minSpan) {
    verdict.hint = "signature.hint.wider";
  } else {
    verdict.accepted = true;
  }
  return verdict;
}

}  // namespace foyer::signature
