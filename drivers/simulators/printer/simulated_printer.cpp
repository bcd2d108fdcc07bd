#include "drivers/simulators/printer/simulated_printer.hpp"

#include <nlohmann/json.hpp>

namespace foyer::simulators::printer {
namespace {

constexpr std::size_t kMaxLog = 256;

// GS I 65..69 answers: firmware version, maker, model, serial number, and (69) the type of device.
std::string identification(int n) {
  switch (n) {
    case 65: return "1.00 SIM";
    case 66: return "Foyer";
    case 67: return "foyer-printer-sim";
    case 68: return "SIM0001";
    case 69: return "thermal receipt printer";
    default: return {};
  }
}

std::string describe(const escpos::Receipt& receipt) {
  std::size_t lines = 0;
  std::size_t symbols = 0;
  std::size_t images = 0;
  for (const auto& item : receipt.items) {
    lines += std::holds_alternative<escpos::PrintedLine>(item) ? 1 : 0;
    symbols += std::holds_alternative<escpos::PrintedQr>(item) || std::holds_alternative<escpos::PrintedBarcode>(item);
    images += std::holds_alternative<escpos::PrintedRaster>(item) ? 1 : 0;
  }
  return std::to_string(lines) + " lines, " + std::to_string(symbols) + " codes, " + std::to_string(images) +
         " images" + (receipt.cut() ? "" : ", not cut");
}

}  // namespace

std::string_view paperStateName(PaperState state) {
  switch (state) {
    case PaperState::Ok: return "ok";
    case PaperState::NearEnd: return "near-end";
    case PaperState::Out: return "out";
  }
  return "ok";
}

SimulatedPrinter::SimulatedPrinter(escpos::InterpreterConfig config, ReceiptFiles files)
    : m_interpreter(config), m_files(std::move(files)) {}

escpos::PrinterStatus SimulatedPrinter::status() const {
  escpos::PrinterStatus status;
  status.offline = offline();
  status.coverOpen = m_coverOpen;
  status.paperEnd = m_paper == PaperState::Out;
  // The near-end sensor sits before the end: with no paper it sees none either (T5: 7E at n=4).
  status.paperNearEnd = m_paper != PaperState::Ok;
  return status;
}

escpos::Bytes SimulatedPrinter::receive(escpos::ByteView bytes) {
  m_interpreter.feed(bytes);
  escpos::Bytes reply;
  for (const auto& request : m_interpreter.takeRequests()) answer(request, reply);
  auto receipts = m_interpreter.takeReceipts();
  if (offline()) {
    if (!receipts.empty() || !m_interpreter.paper().empty()) {
      log("offline (" + std::string(m_paper == PaperState::Out ? "paper out" : "cover open") +
          "): printed data dropped");
    }
    m_interpreter.discardPaper();
    receipts.clear();
  }
  for (const auto& receipt : receipts) writeReceipt(receipt);
  for (const auto& diagnostic : m_interpreter.takeDiagnostics()) {
    log("byte " + std::to_string(diagnostic.offset) + ": " + diagnostic.message);
  }
  return reply;
}

void SimulatedPrinter::connectionClosed() {
  const escpos::Receipt rest = m_interpreter.endStream();
  if (!offline() && rest.printedSomething()) writeReceipt(rest);
  for (const auto& diagnostic : m_interpreter.takeDiagnostics()) {
    log("byte " + std::to_string(diagnostic.offset) + ": " + diagnostic.message);
  }
}

void SimulatedPrinter::answer(const escpos::HostRequest& request, escpos::Bytes& reply) {
  const escpos::PrinterStatus now = status();
  switch (request.kind) {
    case escpos::RequestKind::RealTimeStatus:
      reply.push_back(escpos::encodeRealTimeStatus(now, static_cast<escpos::StatusQuery>(request.n)));
      return;
    case escpos::RequestKind::AutoStatusBack:
      if (request.n != 0) {
        const auto block = escpos::encodeAsb(now);
        reply.insert(reply.end(), block.begin(), block.end());
      }
      return;
    case escpos::RequestKind::TransmitStatus:
      // GS r 1: bits 0+1 roll paper near end, 2+3 roll paper end; GS r 2: drawer pin, always low here.
      if (request.n == 1 || request.n == '1') {
        reply.push_back(static_cast<std::uint8_t>((now.paperNearEnd ? 0x03 : 0) | (now.paperEnd ? 0x0C : 0)));
      } else if (request.n == 2 || request.n == '2') {
        reply.push_back(0x00);
      }
      return;
    case escpos::RequestKind::Identification: {
      const std::string text = identification(request.n);
      if (text.empty()) {
        log("GS I " + std::to_string(request.n) + ": not answered");
        return;
      }
      reply.push_back(0x5F);
      reply.insert(reply.end(), text.begin(), text.end());
      reply.push_back(0x00);
      return;
    }
    case escpos::RequestKind::RealTimeRecovery:
    case escpos::RequestKind::SymbolSize:
      return;
  }
}

void SimulatedPrinter::writeReceipt(const escpos::Receipt& receipt) {
  if (!receipt.printedSomething() && !receipt.cut()) return;
  auto file = m_files.write(receipt);
  if (file) log("wrote " + file->string() + " (" + describe(receipt) + ")");
  else log("could not write a receipt: " + file.error());
}

escpos::Bytes SimulatedPrinter::statusChanged(const escpos::PrinterStatus& before) {
  const escpos::PrinterStatus now = status();
  if (now == before || m_interpreter.modes().autoStatusBackMask == 0) return {};
  const auto block = escpos::encodeAsb(now);
  return escpos::Bytes(block.begin(), block.end());
}

escpos::Bytes SimulatedPrinter::setPaper(PaperState paper) {
  const escpos::PrinterStatus before = status();
  m_paper = paper;
  return statusChanged(before);
}

escpos::Bytes SimulatedPrinter::setCoverOpen(bool open) {
  const escpos::PrinterStatus before = status();
  m_coverOpen = open;
  return statusChanged(before);
}

std::string SimulatedPrinter::statusJson() const {
  const nlohmann::json json = {{"printed", printed()},
                               {"paper", paperStateName(m_paper)},
                               {"cover", m_coverOpen ? "open" : "closed"}};
  return json.dump();
}

void SimulatedPrinter::log(std::string line) {
  if (m_log.size() < kMaxLog) m_log.push_back(std::move(line));
}

std::vector<std::string> SimulatedPrinter::takeLog() {
  std::vector<std::string> out;
  out.swap(m_log);
  return out;
}

}  // namespace foyer::simulators::printer
