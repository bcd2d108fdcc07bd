#include "kiosk/i18n/text_format.hpp"

#include <cstdlib>

namespace foyer::i18n {

std::string fillIn(std::string_view pattern,
                   std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
  std::string out;
  out.reserve(pattern.size() + 16);
  std::size_t i = 0;
  while (i < pattern.size()) {
    if (pattern[i] == '{') {
      const std::size_t close = pattern.find('}', i + 1);
      if (close != std::string_view::npos) {
        const std::string_view name = pattern.substr(i + 1, close - i - 1);
        bool replaced = false;
        for (const auto& [key, value] : values) {
          if (key == name) {
            out += value;
            replaced = true;
            break;
          }
        }
        if (replaced) {
          i = close + 1;
          continue;
        }
      }
    }
    out.push_back(pattern[i++]);
  }
  return out;
}

std::string_view currencySymbol(std::string_view currency) {
  if (currency == "EUR") return "€";
  if (currency == "CHF") return "CHF";
  if (currency == "GBP") return "£";
  if (currency == "USD") return "$";
  return currency;
}

std::string formatAmount(std::int64_t cents, std::string_view currency, const LanguageInfo& language) {
  const bool negative = cents < 0;
  const std::int64_t magnitude = negative ? -cents : cents;
  const std::string units = std::to_string(magnitude / 100);
  std::string grouped;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (i > 0 && (units.size() - i) % 3 == 0) grouped += language.groupSeparator;
    grouped.push_back(units[i]);
  }
  const std::int64_t fraction = magnitude % 100;
  std::string amount = (negative ? "-" : "") + grouped + language.decimalSeparator +
                       static_cast<char>('0' + fraction / 10) + static_cast<char>('0' + fraction % 10);
  return fillIn(language.currencyPattern, {{"amount", amount}, {"currency", currencySymbol(currency)}});
}

}  // namespace foyer::i18n
