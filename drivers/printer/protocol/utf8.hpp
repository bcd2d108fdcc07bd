#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace foyer::printer::escpos {

// One step through UTF-8: the code point at `pos` and how many bytes it took. A malformed sequence
// (stray continuation byte, overlong form, surrogate, cut off at the end) yields nullopt and a length of
// 1, so that the caller can replace that byte and carry on.
struct Utf8Step {
  std::optional<char32_t> codePoint;
  std::size_t length = 1;
};
Utf8Step nextCodePoint(std::string_view text, std::size_t pos);

void appendUtf8(std::string& out, char32_t codePoint);

}  // namespace foyer::printer::escpos
