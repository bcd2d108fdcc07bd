#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "drivers/common/secure_bytes.hpp"

// The signature as the visitor draws it: pointer positions in field coordinates, grouped into strokes
// (finger down to finger up). Pure: the screen feeds positions, nothing here reads a clock or a device.
namespace foyer::signature {

struct InkPoint {
  float x = 0;           // 0 left .. 1 right edge of the field
  float y = 0;           // 0 top .. 1 bottom edge of the field
  std::uint32_t ms = 0;  // since the signature started
};

// A signature is personal data: the wiping allocator overwrites every buffer a stroke gives back, also the
// ones left behind when a stroke grows.
using Stroke = std::vector<InkPoint, WipingAllocator<InkPoint>>;

// Overwrites the points now, then forgets the strokes.
void wipeStrokes(std::vector<Stroke>& strokes);

// The document's field ratio (width / height) as the signature code uses it. Config validates the value;
// this only keeps a broken one from dividing by zero or asking for an image of a million rows.
double usableAspectRatio(double aspectRatio);

class SignaturePad {
 public:
  // A stuck pointer must not grow memory without limit; a long signature has a few thousand points.
  static constexpr std::size_t kMaxPoints = 20000;
  // About a pixel of the rendered field: closer points add nothing but let a resting finger pile them up.
  static constexpr float kMinStep = 0.001F;

  void begin(float x, float y, std::uint32_t ms);   // finger down: a new stroke (closes an open one)
  void extend(float x, float y, std::uint32_t ms);  // finger moved; ignored without an open stroke
  void end();                                       // finger up
  void clear();                                     // the visitor starts again
  void wipe();                                      // the visit ends: overwrite, then clear

  [[nodiscard]] const std::vector<Stroke>& strokes() const { return m_strokes; }
  [[nodiscard]] bool empty() const { return m_points == 0; }
  [[nodiscard]] std::size_t pointCount() const { return m_points; }
  [[nodiscard]] bool drawing() const { return m_open; }

 private:
  void add(float x, float y, std::uint32_t ms);
  std::vector<Stroke> m_strokes;
  std::size_t m_points = 0;
  bool m_open = false;
};

}  // namespace foyer::signature
