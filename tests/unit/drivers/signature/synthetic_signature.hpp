#pragma once
#include <cmath>
#include <cstdint>
#include <numbers>
#include <vector>

#include "drivers/signature/signature_strokes.hpp"

// A stand-in for a hand-written name: three words, each a wavy stroke with the rise and fall of letters.
namespace foyer::testing {

inline std::vector<signature::Stroke> syntheticName(double left, double right) {
  std::vector<signature::Stroke> strokes;
  const double wordWidth = (right - left) / 3.2;  // three words with gaps between them
  std::uint32_t ms = 0;
  for (int word = 0; word < 3; ++word) {
    const double start = left + word * wordWidth * 1.1;
    signature::Stroke stroke;
    for (int i = 0; i <= 120; ++i) {
      const double t = i / 120.0;
      const double letters = std::sin(t * 5 * 2 * std::numbers::pi);          // five letters a word
      const double slant = 0.05 * std::sin(t * 2 * std::numbers::pi + word);  // the word rises and falls
      stroke.push_back(
          {static_cast<float>(start + wordWidth * t), static_cast<float>(0.5 + 0.3 * letters + slant), ms});
      ms += 8;
    }
    strokes.push_back(std::move(stroke));
    ms += 200;
  }
  return strokes;
}

// The strokes as the screen would feed them to the pad, finger down to finger up.
inline signature::SignaturePad padWith(const std::vector<signature::Stroke>& strokes) {
  signature::SignaturePad pad;
  for (const auto& stroke : strokes) {
    pad.begin(stroke.front().x, stroke.front().y, stroke.front().ms);
    for (const auto& point : stroke) pad.extend(point.x, point.y, point.ms);
    pad.end();
  }
  return pad;
}

}  // namespace foyer::testing
