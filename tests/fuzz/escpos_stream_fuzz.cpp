// The ESC/POS interpreter (the printer simulator's input, foyerctl escpos render's file), fed in two
// pieces split at a byte the input chooses: no crash, bounded, and the split changes nothing on paper.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "drivers/printer/protocol/escpos_interpreter.hpp"

namespace {

using namespace foyer::printer::escpos;

struct Printed {
  std::vector<PaperItem> paper;
  // Real-time commands are acted on as they arrive, ahead of queued commands (as on a printer), so how
  // the two kinds interleave depends on the split; within each kind the order may not.
  std::vector<HostRequest> realTime;
  std::vector<HostRequest> queued;
};

Printed print(const InterpreterConfig& config, ByteView first, ByteView second) {
  EscPosInterpreter interpreter(config);
  Printed printed;
  for (const ByteView piece : {first, second}) {
    interpreter.feed(piece);
    for (auto& receipt : interpreter.takeReceipts()) {
      printed.paper.insert(printed.paper.end(), receipt.items.begin(), receipt.items.end());
    }
    for (const auto& request : interpreter.takeRequests()) {
      const bool realTime =
          request.kind == RequestKind::RealTimeStatus || request.kind == RequestKind::RealTimeRecovery;
      (realTime ? printed.realTime : printed.queued).push_back(request);
    }
    if (interpreter.takeDiagnostics().size() > 1024) std::abort();
  }
  const Receipt rest = interpreter.endStream();
  printed.paper.insert(printed.paper.end(), rest.items.begin(), rest.items.end());
  return printed;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  // Byte 0: the split; byte 1: configuration (real-time commands in data, numbering, narrow paper).
  const ByteView stream(data + 2, size - 2);
  InterpreterConfig config;
  config.realTimeCommandsInData = (data[1] & 1) != 0;
  config.numbering = (data[1] & 2) != 0 ? CodeTableNumbering::Star : CodeTableNumbering::Epson;
  config.printableWidthDots = (data[1] & 4) != 0 ? 384 : 576;
  config.maxPaperDots = (data[1] & 8) != 0 ? 500 : 65535;
  const std::size_t split = stream.empty() ? 0 : (static_cast<std::size_t>(data[0]) * 131) % (stream.size() + 1);
  const Printed pieces = print(config, stream.first(split), stream.subspan(split));
  const Printed whole = print(config, stream, {});
  if (pieces.paper != whole.paper) std::abort();
  // Unanswered requests are capped at 1024 between takes; a stream that hits the cap in one piece may not
  // in two.
  if (whole.realTime.size() + whole.queued.size() < 1024 &&
      (pieces.realTime != whole.realTime || pieces.queued != whole.queued)) {
    std::abort();
  }
  return 0;
}
