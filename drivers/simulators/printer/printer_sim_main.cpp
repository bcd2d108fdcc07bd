// foyer-printer-sim: an ESC/POS receipt printer on TCP (like port 9100 of a network printer) or a FIFO,
// writing each receipt as PNG + text + JSON, answering status queries from its simulated paper and cover.
#include <CLI/CLI.hpp>

#include <csignal>
#include <fstream>
#include <iostream>
#include <iterator>

#include "drivers/simulators/printer/printer_sim_server.hpp"
#include "drivers/simulators/printer/simulated_printer.hpp"

namespace {

volatile std::sig_atomic_t g_stop = 0;

void onSignal(int) { g_stop = 1; }

}  // namespace

int main(int argc, char** argv) {
  using namespace foyer::simulators::printer;
  CLI::App app{"foyer-printer-sim: a simulated ESC/POS receipt printer (Epson TM-T20 class, 80 mm, 203 dpi).\n"
               "Reads ESC/POS from TCP (one host at a time) or a FIFO; at every cut, or when the host closes the\n"
               "connection with paper pending, writes receipt-NNNN.png/.txt/.json into --out. Answers DLE EOT 1..4,\n"
               "ASB (GS a), GS r and GS I from its state. While the paper is out or the cover open it answers\n"
               "status queries but drops what it is sent, as an offline printer does.\n"
               "Control socket commands (one per line): paper-out, paper-ok, paper-near-end, cover-open,\n"
               "cover-closed, status."};
  ServerOptions options;
  std::filesystem::path out = "receipts";
  int widthDots = 576;
  std::string numbering = "epson";
  bool paperOut = false;
  bool paperNearEnd = false;
  bool coverOpen = false;
  app.add_option("--port", options.port, "TCP port (0: any free port, reported on stderr)")->capture_default_str();
  app.add_option("--bind", options.bindAddress, "Address to listen on")->capture_default_str();
  app.add_option("--fifo", options.fifo,
                 "Also read from this FIFO (created if missing); a regular file is rendered once and the program exits");
  app.add_option("--out", out, "Folder for the receipts")->capture_default_str();
  app.add_option("--control", options.control, "Unix socket for state changes and status");
  app.add_option("--width", widthDots, "Printable width in dots: 576 (80 mm, 203 dpi), 512 (TM-T88), 384 (58 mm)")
      ->check(CLI::Range(96, 2048))
      ->capture_default_str();
  app.add_option("--numbering", numbering, "ESC t numbering: epson or star")
      ->check(CLI::IsMember({"epson", "star"}))
      ->capture_default_str();
  app.add_flag("--paper-out", paperOut, "Start without paper");
  app.add_flag("--paper-near-end", paperNearEnd, "Start with the roll nearly used up");
  app.add_flag("--cover-open", coverOpen, "Start with the cover open");
  CLI11_PARSE(app, argc, argv);

  foyer::printer::render::PaperConfig paper;
  paper.printableWidthDots = widthDots;
  paper.paperWidthDots = widthDots + 64;
  auto files = ReceiptFiles::create(out, paper);
  if (!files) {
    std::cerr << "foyer-printer-sim: " << files.error() << '\n';
    return 2;
  }
  foyer::printer::escpos::InterpreterConfig config;
  config.printableWidthDots = widthDots;
  config.numbering = numbering == "star" ? foyer::printer::escpos::CodeTableNumbering::Star
                                         : foyer::printer::escpos::CodeTableNumbering::Epson;
  SimulatedPrinter printer(config, std::move(*files));
  if (paperNearEnd) (void)printer.setPaper(PaperState::NearEnd);
  if (paperOut) (void)printer.setPaper(PaperState::Out);
  if (coverOpen) (void)printer.setCoverOpen(true);

  // A regular file: render it once, as `foyerctl escpos render` would, and stop.
  if (!options.fifo.empty() && std::filesystem::is_regular_file(options.fifo)) {
    std::ifstream in(options.fifo, std::ios::binary);
    const std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    (void)printer.receive(bytes);
    printer.connectionClosed();
    for (const auto& line : printer.takeLog()) std::cerr << "foyer-printer-sim: " << line << '\n';
    std::cerr << "foyer-printer-sim: " << printer.printed() << " receipts from " << options.fifo.string() << '\n';
    return 0;
  }

  // Signals stay blocked except while waiting in ppoll: a SIGTERM cannot fall between the check and the wait.
  sigset_t blocked;
  sigset_t waitMask;
  sigemptyset(&blocked);
  sigaddset(&blocked, SIGINT);
  sigaddset(&blocked, SIGTERM);
  sigprocmask(SIG_BLOCK, &blocked, &waitMask);
  sigdelset(&waitMask, SIGINT);
  sigdelset(&waitMask, SIGTERM);
  struct sigaction action{};
  action.sa_handler = onSignal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);

  PrinterSimServer server(printer, options);
  if (auto opened = server.open(); !opened) {
    std::cerr << "foyer-printer-sim: " << opened.error() << '\n';
    return 2;
  }
  std::cerr << "foyer-printer-sim: listening on " << options.bindAddress << ':' << server.port() << std::endl;
  server.run(g_stop, waitMask);
  std::cerr << "foyer-printer-sim: stopped after " << printer.printed() << " receipts" << std::endl;
  return 0;
}
