// Command APDUs as the simulated chip receives them: parse, and what parses must encode back unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "drivers/document/emrtd/apdu.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace foyer::document::emrtd;
  const ByteView bytes(data, size);
  if (auto command = parseCommand(bytes)) {
    const Bytes again = command->encode();
    auto reparsed = parseCommand(view(again));
    if (!reparsed || reparsed->data != command->data || reparsed->le != command->le) std::abort();
  }
  (void)parseResponse(bytes);
  return 0;
}
