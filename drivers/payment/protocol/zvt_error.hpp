#pragma once
#include <cstddef>
#include <string>

namespace foyer::payment::zvt {

// Why bytes could not be read, and where. `offset` counts from the first byte the failing function was
// given; the message decoders (decodePtMessage, decodeEcrMessage) count from the APDU's CLASS byte as it
// is encoded, so the offset points into the logged trace.
struct ZvtError {
  std::size_t offset = 0;
  std::string message;
};

// The same error seen from `base` bytes further out (a field inside a larger buffer).
inline ZvtError shifted(ZvtError error, std::size_t base) {
  error.offset += base;
  return error;
}

}  // namespace foyer::payment::zvt
