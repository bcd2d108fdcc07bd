// libFuzzer: a translation catalogue on arbitrary bytes, then every text through bidi shaping.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "kiosk/i18n/bidi_text.hpp"
#include "kiosk/i18n/translations.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  foyer::i18n::Translations translations;
  if (auto added = translations.addCatalogue("xx", text, "xx.toml"); added) {
    for (std::string_view entry : translations.allTexts()) {
      (void)foyer::i18n::toVisualOrder(entry, translations.language("xx").direction);
    }
  }
  return 0;
}
