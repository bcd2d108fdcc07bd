#pragma once

namespace foyer::screens {

struct Rect {
  float x = 0, y = 0, w = 0, h = 0;

  [[nodiscard]] float right() const { return x + w; }
  [[nodiscard]] float bottom() const { return y + h; }
  [[nodiscard]] float centerX() const { return x + w / 2; }
  [[nodiscard]] float centerY() const { return y + h / 2; }
  [[nodiscard]] bool overlaps(const Rect& o) const {
    return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
  }
  [[nodiscard]] Rect inset(float by) const { return {x + by, y + by, w - 2 * by, h - 2 * by}; }
  // The top part of given height, and what remains below it after a gap.
  [[nodiscard]] Rect top(float height) const { return {x, y, w, height}; }
  [[nodiscard]] Rect below(float height, float gap) const { return {x, y + height + gap, w, h - height - gap}; }
};

}  // namespace foyer::screens
