// libFuzzer: UTF-8 decoding, bidi reordering and Arabic shaping on arbitrary bytes, in both directions.
// Text from outside (names from documents, content feeds) is drawn through this code.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "kiosk/i18n/bidi_text.hpp"
#include "kiosk/i18n/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::u32string decoded = foyer::i18n::decodeUtf8(text);
  const std::string reencoded = foyer::i18n::encodeUtf8(decoded);
  // Valid UTF-8 must survive a round trip unchanged.
  if (decoded.find(U'\uFFFD') == std::u32string::npos && reencoded != text) __builtin_trap();
  (void)foyer::i18n::toVisualOrder(text, foyer::i18n::Direction::RightToLeft);
  (void)foyer::i18n::toVisualOrder(text, foyer::i18n::Direction::LeftToRight);
  return 0;
}
