#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace foyer::document::emrtd {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

// Upper-case hex without separators. For test vectors and protocol traces of non-personal bytes only:
// chip data (DG1, DG2, keys) must never reach a log.
std::string toHex(ByteView bytes);
// Accepts upper/lower case and ignores spaces; returns an empty vector for anything else.
Bytes fromHex(std::string_view hex);

Bytes concat(std::initializer_list<ByteView> parts);
inline ByteView view(const Bytes& bytes) { return {bytes.data(), bytes.size()}; }

// Overwrites the bytes before they are freed (keys, nonces, personal data).
void wipeBytes(Bytes& bytes);

}  // namespace foyer::document::emrtd
