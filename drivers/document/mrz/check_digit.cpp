#include "drivers/document/mrz/check_digit.hpp"

namespace foyer::document::mrz {

bool isMrzCharacter(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '<'; }

std::optional<int> checkDigit(std::string_view text) {
  static constexpr int kWeights[] = {7, 3, 1};
  int sum = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    int value = 0;
    if (c >= '0' && c <= '9') {
      value = c - '0';
    } else if (c >= 'A' && c <= 'Z') {
      value = c - 'A' + 10;
    } else if (c != '<') {
      return std::nullopt;
    }
    sum += value * kWeights[i % 3];
  }
  return sum % 10;
}

std::optional<int> digitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c == '<') return 0;
  return std::nullopt;
}

}  // namespace foyer::document::mrz
