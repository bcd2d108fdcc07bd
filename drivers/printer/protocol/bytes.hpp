#pragma once
#include <cstdint>
#include <span>
#include <vector>

namespace foyer::printer::escpos {

// What goes to the printer and what comes back: raw bytes, never text (the code table decides what a byte
// shows, see code_page.hpp).
using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

}  // namespace foyer::printer::escpos
