#pragma once
#include <csignal>
#include <cstdint>
#include <expected>
#include <filesystem>
#include <string>
#include <vector>

#include "drivers/simulators/printer/simulated_printer.hpp"

namespace foyer::simulators::printer {

struct ServerOptions {
  std::string bindAddress = "127.0.0.1";
  std::uint16_t port = 9100;        // 0: any free port (reported by port())
  std::filesystem::path fifo;       // empty: no FIFO
  std::filesystem::path control;    // empty: no control socket
};

// The sockets around a SimulatedPrinter, single-threaded with poll(): raw TCP like a network printer's
// port 9100 (one host at a time, as printers do; the next waits in the listen backlog), a FIFO whose
// writers come and go, and a Unix control socket with one text command per line.
class PrinterSimServer {
 public:
  PrinterSimServer(SimulatedPrinter& printer, ServerOptions options);
  ~PrinterSimServer();
  PrinterSimServer(const PrinterSimServer&) = delete;
  PrinterSimServer& operator=(const PrinterSimServer&) = delete;

  std::expected<void, std::string> open();
  [[nodiscard]] std::uint16_t port() const { return m_port; }
  // Serves until `stop` is set. Signals are expected blocked except inside the wait, which unblocks
  // `waitMask` (ppoll), so that a SIGTERM can never slip in between the check and the wait.
  void run(const volatile std::sig_atomic_t& stop, const sigset_t& waitMask);

 private:
  void acceptHost();
  void serveHost();
  void closeHost();
  void serveFifo();
  bool openFifo();
  void acceptControl();
  bool serveControl(std::size_t index);
  void sendToHost(const escpos::Bytes& bytes);
  void flushLog();

  struct ControlClient {
    int fd = -1;
    std::string pending;
  };

  SimulatedPrinter& m_printer;
  ServerOptions m_options;
  std::uint16_t m_port = 0;
  int m_listener = -1;
  int m_host = -1;
  int m_fifo = -1;
  int m_controlListener = -1;
  std::vector<ControlClient> m_controlClients;
};

}  // namespace foyer::simulators::printer
