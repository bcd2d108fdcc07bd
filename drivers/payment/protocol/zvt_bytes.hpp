#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace foyer::payment::zvt {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

// "06 01 0C 04 ..." (upper case, one space between bytes): the form of ZVT traces in logs and specs.
std::string toHex(ByteView bytes);
// Hex digits in any case; spaces, tabs, colons and line breaks between them are ignored. Empty for an
// odd digit count or any other character.
std::optional<Bytes> fromHex(std::string_view hex);

inline void append(Bytes& out, ByteView more) { out.insert(out.end(), more.begin(), more.end()); }

}  // namespace foyer::payment::zvt
