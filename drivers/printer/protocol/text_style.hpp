#pragma once

namespace foyer::printer::escpos {

// ESC a: applies to a whole printed line (text, raster, QR, barcode), taken at the start of the line.
enum class Align { Left, Centre, Right };

// The character modes a receipt uses. Scales are 1..8 (GS !); Font A is 12×24 dots, Font B 9×17.
struct TextStyle {
  bool bold = false;
  bool underline = false;
  int widthScale = 1;
  int heightScale = 1;
  bool fontB = false;
  bool reverse = false;  // white on black

  bool operator==(const TextStyle&) const = default;
};

// The character cell in dots, scales applied: Font A 12×24, Font B 9×17 (Epson's sizes at 180/203 dpi).
constexpr int characterWidthDots(const TextStyle& style) { return (style.fontB ? 9 : 12) * style.widthScale; }
constexpr int characterHeightDots(const TextStyle& style) { return (style.fontB ? 17 : 24) * style.heightScale; }

}  // namespace foyer::printer::escpos
