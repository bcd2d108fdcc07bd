#pragma once
#include <string>
#include <variant>
#include <vector>

#include "drivers/printer/protocol/bitmap.hpp"
#include "drivers/printer/protocol/symbol_options.hpp"
#include "drivers/printer/protocol/text_style.hpp"

// What came out of the printer, as the interpreter understood the byte stream: the simulator draws it,
// tests compare it. Heights are in dots; the paper advances by each item's height in turn.
namespace foyer::printer::escpos {

struct TextRun {
  std::string utf8;  // decoded with the code table in force when the bytes arrived
  TextStyle style;

  bool operator==(const TextRun&) const = default;
};

struct PrintedLine {
  Align align = Align::Left;
  std::vector<TextRun> runs;
  int heightDots = 0;  // the line's advance: line spacing, or more when a character is taller

  [[nodiscard]] std::string text() const;  // the runs joined
  bool operator==(const PrintedLine&) const = default;
};

struct PrintedRaster {
  Align align = Align::Left;
  Bitmap bitmap;  // as sent, before scaling
  int scaleX = 1;
  int scaleY = 1;

  bool operator==(const PrintedRaster&) const = default;
};

struct PrintedQr {
  Align align = Align::Left;
  std::string data;  // the stored bytes, as they are
  int moduleSize = 3;
  char errorCorrection = 'L';  // 'L', 'M', 'Q' or 'H'
  int model = 2;               // 1, 2, or 3 for micro QR

  bool operator==(const PrintedQr&) const = default;
};

struct PrintedBarcode {
  Align align = Align::Left;
  BarcodeSystem system = BarcodeSystem::Code128;
  std::string data;  // the bytes as sent (CODE128: with its code set selectors)
  std::string text;  // the human-readable line (CODE128: without the selectors)
  int height = 162;
  int moduleWidth = 3;
  HriPosition hri = HriPosition::None;
  bool hriFontB = false;

  bool operator==(const PrintedBarcode&) const = default;
};

struct Feed {
  int dots = 0;

  bool operator==(const Feed&) const = default;
};

struct Cut {
  bool partial = true;
  bool fed = false;  // GS V 65/66: fed to the cutter first

  bool operator==(const Cut&) const = default;
};

using PaperItem = std::variant<PrintedLine, PrintedRaster, PrintedQr, PrintedBarcode, Feed, Cut>;

// One piece of paper: everything printed since the previous cut, ending with the Cut item (or without one
// when the stream ended first).
struct Receipt {
  std::vector<PaperItem> items;

  [[nodiscard]] bool cut() const { return !items.empty() && std::holds_alternative<Cut>(items.back()); }
  [[nodiscard]] bool printedSomething() const;
  // Text of every printed line, one entry per line, for tests and the simulator's .txt.
  [[nodiscard]] std::vector<std::string> textLines() const;
};

}  // namespace foyer::printer::escpos
