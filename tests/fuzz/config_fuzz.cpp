// libFuzzer: the config parser and validator on arbitrary bytes. It must return issues, never crash or hang.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "kiosk/config/config_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto result = foyer::config::parseConfig(text, "/fuzz/foyer.toml");
  if (!result) (void)result.error().describe();
  return 0;
}
