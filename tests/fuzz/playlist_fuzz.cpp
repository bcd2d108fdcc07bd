// libFuzzer: the scripted camera's playlist parser on arbitrary bytes. It must return a playlist or a
// message naming the line, never crash or hang.
#include <cstddef>
#include <cstdint>
#include <string>

#include "drivers/camera/playlist.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto result = foyer::camera::parsePlaylist(text, "/fuzz");
  if (result) {
    for (const auto& entry : result->entries) {
      if (entry.frames < 1) __builtin_trap();  // the parser promises at least one frame per picture
    }
  }
  return 0;
}
