// What a printer sends back (DLE EOT replies, ASB blocks, noise), split at a byte the input chooses: the
// reader must not crash, and decoding must be stable (decode, encode, decode gives the same status).
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "drivers/printer/protocol/printer_status.hpp"
#include "drivers/printer/protocol/status_reply_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace foyer::printer::escpos;
  if (size == 0) return 0;
  const ByteView bytes(data + 1, size - 1);
  StatusReplyReader reader;
  // The first byte says which questions were asked (two bits each) and where the reads split.
  for (int i = 0; i < 4; ++i) reader.expectReply(static_cast<StatusQuery>(((data[0] >> (2 * i)) & 3) + 1));
  const std::size_t split = bytes.empty() ? 0 : data[0] % bytes.size();
  auto events = reader.feed(bytes.first(split));
  const auto more = reader.feed(bytes.subspan(split));
  events.insert(events.end(), more.begin(), more.end());

  std::size_t asbBytes = 0;
  for (const auto& event : events) {
    if (const auto* asb = std::get_if<AsbEvent>(&event)) {
      asbBytes += 4;
      const auto again = decodeAsb(encodeAsb(asb->status));
      if (!again || *again != asb->status) std::abort();
    } else if (const auto* reply = std::get_if<RealTimeStatusEvent>(&event)) {
      if (!isRealTimeStatusReply(reply->reply)) std::abort();
      if (reply->query && !reply->status) std::abort();
    }
  }
  if (asbBytes > bytes.size()) std::abort();

  for (const std::uint8_t byte : bytes) {
    for (int n = 1; n <= 4; ++n) {
      const auto query = static_cast<StatusQuery>(n);
      const auto status = decodeRealTimeStatus(query, byte);
      if (status.has_value() != isRealTimeStatusReply(byte)) std::abort();
      if (!status) continue;
      const auto again = decodeRealTimeStatus(query, encodeRealTimeStatus(*status, query));
      if (!again || *again != *status) std::abort();
    }
  }
  for (std::size_t i = 0; i + 4 <= bytes.size(); i += 4) {
    const AsbBlock block = {bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]};
    if (const auto status = decodeAsb(block)) {
      const auto again = decodeAsb(encodeAsb(*status));
      if (!again || *again != *status) std::abort();
    }
  }
  return 0;
}
