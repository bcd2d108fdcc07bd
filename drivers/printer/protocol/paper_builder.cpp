#include "drivers/printer/protocol/paper_builder.hpp"

#include <algorithm>

namespace foyer::printer::escpos {

PaperBuilder::PaperBuilder(Limits limits) : m_limits(limits) {}

void PaperBuilder::addCharacter(std::string_view utf8, const TextStyle& style, Align align, int lineSpacingDots) {
  const int width = characterWidthDots(style);
  if (!m_line.runs.empty() && m_lineWidth + width > m_limits.printableWidthDots) endLine(lineSpacingDots);
  if (m_line.runs.empty()) m_line.align = align;
  if (m_line.runs.empty() || m_line.runs.back().style != style) {
    if (m_line.runs.size() == m_limits.maxRunsPerLine) return;  // a style change per character, forever
    m_line.runs.push_back(TextRun{{}, style});
  }
  m_line.runs.back().utf8 += utf8;
  m_lineWidth += width;
  m_lineTallest = std::max(m_lineTallest, characterHeightDots(style));
}

void PaperBuilder::endLine(int advanceDots) {
  if (m_line.runs.empty()) return;
  m_line.heightDots = std::max(advanceDots, m_lineTallest);
  const int height = m_line.heightDots;
  append(std::move(m_line), height);
  clearLine();
}

void PaperBuilder::clearLine() {
  m_line = PrintedLine{};
  m_lineWidth = 0;
  m_lineTallest = 0;
}

void PaperBuilder::feed(int dots) {
  if (dots <= 0) return;
  // Consecutive feeds are one movement of the paper.
  if (!m_paper.empty()) {
    if (auto* last = std::get_if<Feed>(&m_paper.back())) {
      last->dots += dots;
      m_paperDots += dots;
      breakIfFull();
      return;
    }
  }
  append(Feed{dots}, dots);
}

void PaperBuilder::add(PaperItem item, int heightDots) { append(std::move(item), std::max(heightDots, 0)); }

void PaperBuilder::append(PaperItem item, int heightDots) {
  const bool isCut = std::holds_alternative<Cut>(item);
  m_paper.push_back(std::move(item));
  m_paperDots += heightDots;
  if (!isCut) breakIfFull();
}

void PaperBuilder::breakIfFull() {
  if (m_paperDots <= m_limits.maxPaperDots && m_paper.size() < m_limits.maxItems) return;
  ++m_forcedBreaks;
  m_receipts.push_back(Receipt{std::move(m_paper)});
  m_paper.clear();
  m_paperDots = 0;
}

void PaperBuilder::cut(Cut cut) {
  m_paper.push_back(cut);
  m_receipts.push_back(Receipt{std::move(m_paper)});
  m_paper.clear();
  m_paperDots = 0;
}

std::vector<Receipt> PaperBuilder::takeReceipts() {
  std::vector<Receipt> out;
  out.swap(m_receipts);
  return out;
}

Receipt PaperBuilder::endStream() {
  endLine(0);
  Receipt receipt{std::move(m_paper)};
  m_paper.clear();
  m_paperDots = 0;
  return receipt;
}

void PaperBuilder::discard() {
  clearLine();
  m_paper.clear();
  m_paperDots = 0;
}

}  // namespace foyer::printer::escpos
