#pragma once
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "kiosk/i18n/language_info.hpp"

namespace foyer::i18n {

// Replaces {name} placeholders in a translated template. Unknown placeholders stay visible, which makes a
// translator's typo obvious on screen instead of silently dropping a value.
std::string fillIn(std::string_view pattern, std::initializer_list<std::pair<std::string_view, std::string_view>> values);

// 12345 cents in EUR → "123,45 €" (German), "€123.45" (English): separators and pattern from the catalogue.
std::string formatAmount(std::int64_t cents, std::string_view currency, const LanguageInfo& language);

std::string_view currencySymbol(std::string_view currency);

}  // namespace foyer::i18n
