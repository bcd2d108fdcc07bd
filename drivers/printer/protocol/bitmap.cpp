#include "drivers/printer/protocol/bitmap.hpp"

#include <algorithm>

namespace foyer::printer::escpos {

Bitmap Bitmap::blank(int width, int height) {
  Bitmap bitmap;
  if (width <= 0 || height <= 0) return bitmap;
  bitmap.width = width;
  bitmap.height = height;
  bitmap.dots.assign(static_cast<std::size_t>(width) * static_cast<std::size_t>(height), 0);
  return bitmap;
}

bool Bitmap::at(int x, int y) const {
  if (x < 0 || y < 0 || x >= width || y >= height) return false;
  const std::size_t index = static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x);
  return index < dots.size() && dots[index] != 0;
}

void Bitmap::set(int x, int y, bool black) {
  if (x < 0 || y < 0 || x >= width || y >= height) return;
  const std::size_t index = static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x);
  if (index < dots.size()) dots[index] = black ? 1 : 0;
}

std::size_t Bitmap::blackDots() const {
  return static_cast<std::size_t>(std::count_if(dots.begin(), dots.end(), [](std::uint8_t dot) { return dot != 0; }));
}

}  // namespace foyer::printer::escpos
