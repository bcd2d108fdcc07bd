#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "drivers/printer/protocol/paper_model.hpp"

namespace foyer::printer::escpos {

// The paper side of the interpreter: the line being filled, the items printed since the last cut, and the
// receipts finished by a cut. Bounded: a stream that never cuts gets a page break once the paper reaches
// maxPaperDots or maxItems (forcedBreaks() counts them) instead of growing without end.
class PaperBuilder {
 public:
  struct Limits {
    int printableWidthDots = 576;
    int maxPaperDots = 65535;  // about 8 m at 203 dpi
    std::size_t maxItems = 10000;
    std::size_t maxRunsPerLine = 512;
  };
  explicit PaperBuilder(Limits limits);

  // One character (as UTF-8). A character that does not fit on the line first ends the line, as printers
  // wrap. `align` counts only for the first character of a line.
  void addCharacter(std::string_view utf8, const TextStyle& style, Align align, int lineSpacingDots);
  [[nodiscard]] bool lineEmpty() const { return m_line.runs.empty(); }
  [[nodiscard]] int lineWidthDots() const { return m_lineWidth; }
  // Prints the buffered line; the paper advances by `advanceDots` or the tallest character, whichever is more.
  void endLine(int advanceDots);
  void clearLine();
  void feed(int dots);
  // A raster, QR or barcode; `heightDots` is what it adds to the paper (0 when unknown).
  void add(PaperItem item, int heightDots);
  void cut(Cut cut);

  // The paper since the last cut (without the line still being filled).
  [[nodiscard]] const std::vector<PaperItem>& paper() const { return m_paper; }
  std::vector<Receipt> takeReceipts();
  // The stream ended: the buffered line is printed and the paper since the last cut is handed over uncut.
  Receipt endStream();
  // The printer went offline: nothing since the last cut comes out.
  void discard();
  [[nodiscard]] std::size_t forcedBreaks() const { return m_forcedBreaks; }

 private:
  void append(PaperItem item, int heightDots);
  void breakIfFull();

  Limits m_limits;
  PrintedLine m_line;
  int m_lineWidth = 0;
  int m_lineTallest = 0;
  std::vector<PaperItem> m_paper;
  long m_paperDots = 0;
  std::vector<Receipt> m_receipts;
  std::size_t m_forcedBreaks = 0;
};

}  // namespace foyer::printer::escpos
