#pragma once
#include <string>

namespace foyer::i18n {

enum class Direction { LeftToRight, RightToLeft };

// What a catalogue's [meta] table says about its language: how to name it and how to write numbers.
struct LanguageInfo {
  std::string code;        // "de", "ar", ...
  std::string ownName;     // the language's name in itself: what the picker shows
  std::string englishName; // for logs and staff
  Direction direction = Direction::LeftToRight;
  std::string decimalSeparator = ".";
  std::string groupSeparator = ",";
  std::string currencyPattern = "{amount} {currency}";  // {amount} and {currency} are filled in

  [[nodiscard]] bool rtl() const { return direction == Direction::RightToLeft; }
};

}  // namespace foyer::i18n
