#pragma once
#include <cstdint>
#include <vector>

namespace foyer::printer::escpos {

// A 1-bit picture as the print head sees it. One byte per dot keeps the code that draws and tests it simple;
// packing to 8 dots a byte happens only where GS v 0 is written or read.
struct Bitmap {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> dots;  // row-major, one byte per dot, 1 = black

  [[nodiscard]] static Bitmap blank(int width, int height);
  [[nodiscard]] bool empty() const { return width <= 0 || height <= 0; }
  // Outside the picture is white paper: at() answers false and set() does nothing there.
  [[nodiscard]] bool at(int x, int y) const;
  void set(int x, int y, bool black);
  [[nodiscard]] std::size_t blackDots() const;

  bool operator==(const Bitmap&) const = default;
};

}  // namespace foyer::printer::escpos
