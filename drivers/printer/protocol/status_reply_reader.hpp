#pragma once
#include <cstdint>
#include <deque>
#include <optional>
#include <variant>
#include <vector>

#include "drivers/printer/protocol/printer_status.hpp"

namespace foyer::printer::escpos {

// A DLE EOT reply. `query` is the question it answers when the caller announced it (expectReply), in
// the order asked; an unannounced reply keeps its byte and has no status.
struct RealTimeStatusEvent {
  std::optional<StatusQuery> query;
  std::uint8_t reply = 0;
  std::optional<PrinterStatus> status;  // the fields `query` reports
};

struct AsbEvent {
  AsbBlock block{};
  PrinterStatus status;
};

// A byte that fits neither pattern (a GS I or GS r answer, line noise, a broken ASB block).
struct UnrecognisedByte {
  std::uint8_t byte = 0;
};

using StatusEvent = std::variant<RealTimeStatusEvent, AsbEvent, UnrecognisedByte>;

// Splits what the printer sends back into DLE EOT replies and ASB blocks, across reads of any size. XON/XOFF
// (11/13) may come in between on serial lines and is dropped. Real-time replies and ASB byte 1 differ in
// bit 1 (1 for DLE EOT, 0 for ASB); ASB bytes 2..4 have bit 4 clear, so a block cut short by another reply is
// noticed and given back as unrecognised bytes.
class StatusReplyReader {
 public:
  // The caller sent DLE EOT `query`: the next real-time reply answers it.
  void expectReply(StatusQuery query);
  std::vector<StatusEvent> feed(ByteView bytes);
  [[nodiscard]] std::size_t outstandingQueries() const { return m_expected.size(); }

 private:
  void take(std::uint8_t byte, std::vector<StatusEvent>& events);

  static constexpr std::size_t kMaxOutstanding = 64;
  std::deque<StatusQuery> m_expected;
  AsbBlock m_asb{};
  std::size_t m_asbLength = 0;
};

}  // namespace foyer::printer::escpos
