#include <algorithm>
#include <cmath>

#include "screens/theme/theme.hpp"

namespace foyer::screens {

Metrics Metrics::forWindow(float width, float height, double textScale) {
  Metrics m;
  m.width = width;
  m.height = height;
  const float shortSide = std::min(width, height);
  const auto scale = static_cast<float>(textScale);
  m.textSize = std::round(std::max(24.0F, shortSide * 0.032F) * scale);
  m.touchTarget = std::max(kMinTouchTarget, std::round(m.textSize * 2.4F));
  m.gap = std::round(std::max(12.0F, shortSide * 0.018F));
  m.margin = std::round(std::max(16.0F, shortSide * 0.04F));
  m.headerHeight = std::round(std::max(m.textSize * 3.2F, height * 0.12F));
  m.footerHeight = std::round(m.touchTarget + 2 * m.gap);
  m.corner = std::round(m.textSize * 0.35F);
  return m;
}

}  // namespace foyer::screens
