#include <algorithm>
#include <cmath>

#include "screens/theme/theme.hpp"

namespace foyer::screens {

Rgba darker(const Rgba& colour, float amount) {
  auto channel = [amount](std::uint8_t value) {
    return static_cast<std::uint8_t>(std::lround(static_cast<float>(value) * (1.0F - amount)));
  };
  return {channel(colour.r), channel(colour.g), channel(colour.b), colour.a};
}

Palette Palette::dimmed(float amount) const {
  Palette p = *this;
  for (Rgba* colour : {&p.background, &p.surface, &p.text, &p.mutedText, &p.primary, &p.primaryPressed, &p.onPrimary,
                       &p.outline, &p.danger, &p.attractBackground, &p.progressDone, &p.progressTodo, &p.divider,
                       &p.pressed}) {
    *colour = darker(*colour, amount);
  }
  return p;
}

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
