#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "drivers/printer/protocol/escpos_interpreter.hpp"
#include "drivers/printer/protocol/printer_status.hpp"
#include "drivers/simulators/printer/receipt_files.hpp"

// The printer behind foyer-printer-sim, without sockets: bytes from the host go in, status replies come
// out, and every cut (or a connection closing with paper pending) becomes a receipt on disk.
//
// Answers: DLE EOT 1..4 from the paper and cover state (healthy 12; paper out 1A/32/7E; near end 1E at
// n=4; cover open 1A/16); ASB blocks when GS a enables them, at once and on every state change; GS r 1/2
// (paper sensor, drawer); GS I 65..69 as "_text NUL". Offline (paper out or cover open): the status is
// answered but what was sent is dropped, as a real printer that went offline mid-job prints nothing of it
// and the kiosk must reprint; the paper since the last cut is lost the same way.
namespace foyer::simulators::printer {

namespace escpos = ::foyer::printer::escpos;

enum class PaperState { Ok, NearEnd, Out };
std::string_view paperStateName(PaperState state);  // "ok", "near-end", "out"

class SimulatedPrinter {
 public:
  SimulatedPrinter(escpos::InterpreterConfig config, ReceiptFiles files);

  // Bytes from the host; returns what the printer sends back.
  escpos::Bytes receive(escpos::ByteView bytes);
  // The host closed the connection: a command cut off is dropped; paper with something printed on it since
  // the last cut is written as an (uncut) receipt.
  void connectionClosed();

  // State changes from the command line or the control socket. They return an ASB block for the host
  // when ASB is enabled and the status changed; empty otherwise.
  escpos::Bytes setPaper(PaperState paper);
  escpos::Bytes setCoverOpen(bool open);

  [[nodiscard]] escpos::PrinterStatus status() const;
  [[nodiscard]] PaperState paper() const { return m_paper; }
  [[nodiscard]] bool coverOpen() const { return m_coverOpen; }
  [[nodiscard]] bool offline() const { return m_paper == PaperState::Out || m_coverOpen; }
  [[nodiscard]] std::size_t printed() const { return m_files.written(); }
  // {"printed": N, "paper": "ok|near-end|out", "cover": "closed|open"}
  [[nodiscard]] std::string statusJson() const;
  // What happened, for stderr: files written, diagnostics, dropped jobs.
  std::vector<std::string> takeLog();

 private:
  void answer(const escpos::HostRequest& request, escpos::Bytes& reply);
  void writeReceipt(const escpos::Receipt& receipt);
  escpos::Bytes statusChanged(const escpos::PrinterStatus& before);
  void log(std::string line);

  escpos::EscPosInterpreter m_interpreter;
  ReceiptFiles m_files;
  PaperState m_paper = PaperState::Ok;
  bool m_coverOpen = false;
  std::vector<std::string> m_log;
};

}  // namespace foyer::simulators::printer
