#include "drivers/printer/protocol/paper_model.hpp"

namespace foyer::printer::escpos {

std::string PrintedLine::text() const {
  std::string joined;
  for (const auto& run : runs) joined += run.utf8;
  return joined;
}

bool Receipt::printedSomething() const {
  for (const auto& item : items) {
    if (!std::holds_alternative<Feed>(item) && !std::holds_alternative<Cut>(item)) return true;
  }
  return false;
}

std::vector<std::string> Receipt::textLines() const {
  std::vector<std::string> lines;
  for (const auto& item : items) {
    if (const auto* line = std::get_if<PrintedLine>(&item)) lines.push_back(line->text());
  }
  return lines;
}

}  // namespace foyer::printer::escpos
