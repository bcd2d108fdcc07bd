#pragma once
// Hex vectors for the ZVT tests: written as in the spec ("06 01 0C ..."), read from tests/data/payment.
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

#include "drivers/payment/protocol/apdu.hpp"
#include "drivers/payment/protocol/zvt_bytes.hpp"

namespace foyer::payment::zvt::testing {

inline Bytes hex(std::string_view text) {
  auto bytes = fromHex(text);
  if (!bytes) throw std::invalid_argument("bad hex in test: " + std::string(text));
  return *bytes;
}

// The one APDU the hex holds (the test's own vector; a decoding failure is a test error).
inline Apdu apdu(std::string_view text) {
  const Bytes bytes = hex(text);
  auto decoded = decodeApdu(bytes);
  if (!decoded) throw std::invalid_argument("not one APDU: " + std::string(text) + ": " + decoded.error().message);
  return *decoded;
}

// A vector file: '#' lines name the source, the rest is hex.
inline Bytes vectorFile(const std::string& name) {
  std::ifstream in(std::string(FOYER_SOURCE_DIR) + "/tests/data/payment/" + name);
  if (!in) throw std::runtime_error("missing test vector " + name);
  std::string line;
  std::string text;
  while (std::getline(in, line)) {
    if (!line.empty() && line[0] == '#') continue;
    text += line + "\n";
  }
  return hex(text);
}

}  // namespace foyer::payment::zvt::testing
