#pragma once
#include <string>
#include <string_view>

namespace foyer::i18n {

// Decodes UTF-8 leniently: a malformed byte becomes U+FFFD, so outside text can never break drawing.
std::u32string decodeUtf8(std::string_view text);
std::string encodeUtf8(std::u32string_view text);

// True when the text holds a right-to-left letter (Hebrew, Arabic and their presentation forms).
bool containsRightToLeft(std::string_view text);

}  // namespace foyer::i18n
