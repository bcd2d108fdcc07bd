#include "drivers/signature/signature_strokes.hpp"

#include <string.h>  // explicit_bzero

#include <algorithm>
#include <cmath>

namespace foyer::signature {

void wipeStrokes(std::vector<Stroke>& strokes) {
  for (auto& stroke : strokes) {
    if (!stroke.empty()) explicit_bzero(stroke.data(), stroke.size() * sizeof(InkPoint));
  }
  strokes.clear();
}

double usableAspectRatio(double aspectRatio) {
  if (!std::isfinite(aspectRatio)) return 1.0;
  return std::clamp(aspectRatio, 0.1, 20.0);
}

void SignaturePad::begin(float x, float y, std::uint32_t ms) {
  m_open = false;
  if (m_points >= kMaxPoints || !std::isfinite(x) || !std::isfinite(y)) return;
  m_strokes.emplace_back();
  m_open = true;
  add(x, y, ms);
}

void SignaturePad::extend(float x, float y, std::uint32_t ms) {
  if (!m_open || m_points >= kMaxPoints || !std::isfinite(x) || !std::isfinite(y)) return;
  add(x, y, ms);
}

void SignaturePad::add(float x, float y, std::uint32_t ms) {
  // A finger that slides off the field keeps drawing along its edge rather than leaving it.
  const InkPoint point{std::clamp(x, 0.0F, 1.0F), std::clamp(y, 0.0F, 1.0F), ms};
  auto& stroke = m_strokes.back();
  if (!stroke.empty() && std::hypot(point.x - stroke.back().x, point.y - stroke.back().y) < kMinStep) return;
  stroke.push_back(point);
  ++m_points;
}

void SignaturePad::end() {
  m_open = false;
}

void SignaturePad::clear() {
  m_strokes.clear();  // the strokes' allocator overwrites their points as it frees them
  m_points = 0;
  m_open = false;
}

void SignaturePad::wipe() {
  wipeStrokes(m_strokes);
  clear();
}

}  // namespace foyer::signature
