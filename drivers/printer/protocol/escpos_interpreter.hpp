#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "drivers/printer/protocol/bytes.hpp"
#include "drivers/printer/protocol/code_page.hpp"
#include "drivers/printer/protocol/paper_builder.hpp"
#include "drivers/printer/protocol/paper_model.hpp"

// Reads an ESC/POS byte stream as a printer would and says what came out on paper. Used by the printer
// simulator and `foyerctl escpos render`. Stream-safe (a command may arrive split over any number of
// feeds), never throws, bounded in memory; anything it cannot act on becomes a diagnostic.
//
// Implemented (spec §2): ESC @, ESC t, ESC R (USA, Germany), ESC !, ESC E, ESC -, ESC M, GS !, GS B, ESC a,
// ESC 2, ESC 3, LF, HT, ESC d, ESC J, GS v 0, GS ( k QR (165/167/169/180/181; 182 reported as a request),
// GS H/f/h/w, GS k functions A and B, GS V (all forms), ESC i/m, DLE EOT, DLE ENQ, GS a, GS I, GS r.
// Framed and skipped with a diagnostic: ESC *, ESC &, ESC D, GS ( other than QR, GS 8 L, GS *, FS p and
// the other layout/mode commands; ESC p and the kanji commands silently. Not modelled: page mode, left
// margin and print area width, upside-down and rotated printing, tab positions other than every 8 columns.
namespace foyer::printer::escpos {

struct InterpreterConfig {
  int printableWidthDots = 576;
  int dotsPerInch = 203;  // ESC 2 spacing is 1/6 inch; ESC 3 and ESC J units are taken as one dot
  CodeTableNumbering numbering = CodeTableNumbering::Epson;
  CodeTable powerOnCodeTable = CodeTable::Pc437;  // what the memory switch selects, and ESC @ restores
  // Real printers act on DLE EOT / DLE ENQ wherever the three bytes appear, even inside raster or QR data
  // (spec §3.1). Off: only as commands in their own right.
  bool realTimeCommandsInData = true;
  int maxPaperDots = 65535;
};

// Everything a printer keeps between commands.
struct PrinterModes {
  CodeTable codeTable = CodeTable::Pc437;
  int internationalSet = 0;
  TextStyle style;
  Align align = Align::Left;
  int lineSpacingDots = 34;
  int qrModel = 2;
  int qrModuleSize = 3;
  QrErrorCorrection qrErrorCorrection = QrErrorCorrection::L;
  std::string qrData;
  HriPosition hri = HriPosition::None;
  bool hriFontB = false;
  int barcodeHeight = 162;
  int barcodeModuleWidth = 3;
  std::uint8_t autoStatusBackMask = 0;
};

// Something the printer must answer on the way back: the simulator replies from its own state.
enum class RequestKind {
  RealTimeStatus,    // DLE EOT n
  RealTimeRecovery,  // DLE ENQ n
  AutoStatusBack,    // GS a n: n is the new enable mask; answer with an ASB block when it is not 0
  Identification,    // GS I n
  TransmitStatus,    // GS r n
  SymbolSize,        // GS ( k function 182
};

struct HostRequest {
  RequestKind kind = RequestKind::RealTimeStatus;
  int n = 0;
  std::uint64_t offset = 0;  // where in the stream it was seen

  bool operator==(const HostRequest&) const = default;
};

enum class DiagnosticKind {
  Ignored,    // a known command this model does not act on
  Unknown,    // bytes that are no command we know: skipped
  Malformed,  // a known command with parameters out of range: skipped
  Limit,      // the stream exceeded a bound (image, QR data, paper length)
};

struct Diagnostic {
  DiagnosticKind kind = DiagnosticKind::Unknown;
  std::uint64_t offset = 0;
  std::string message;
};

class EscPosInterpreter {
 public:
  explicit EscPosInterpreter(InterpreterConfig config = {});

  void feed(ByteView bytes);
  // The stream ended (connection closed): a command cut off is dropped, the line in the buffer is printed,
  // and the paper since the last cut is returned (without a Cut item).
  Receipt endStream();
  // Receipts finished by a cut since the last call, oldest first.
  std::vector<Receipt> takeReceipts() { return m_paper.takeReceipts(); }
  // The paper since the last cut.
  [[nodiscard]] const std::vector<PaperItem>& paper() const { return m_paper.paper(); }
  // The printer is offline (paper out): drop what was printed since the last cut.
  void discardPaper() { m_paper.discard(); }

  // In the order the printer acts on them: DLE EOT / DLE ENQ as their bytes arrive (a printer answers them
  // at once, even with commands still queued), everything else as it is executed.
  std::vector<HostRequest> takeRequests();
  std::vector<Diagnostic> takeDiagnostics();
  [[nodiscard]] std::size_t droppedDiagnostics() const { return m_droppedDiagnostics; }
  [[nodiscard]] const PrinterModes& modes() const { return m_modes; }
  // Since the start of the stream (endStream() starts a new one).
  [[nodiscard]] std::uint64_t bytesSeen() const { return m_seen; }

 private:
  void scanRealTime(std::uint8_t byte, std::uint64_t position);
  void process();
  void execute(ByteView command);
  void executeHeaderOnly(ByteView header, std::uint64_t payload);
  void executeText(std::uint8_t byte);
  void executeEsc(ByteView command);
  void executeGs(ByteView command);
  void executeDle(ByteView command);
  void executeFs(ByteView command);
  void executeQr(ByteView command);
  void executeRaster(ByteView command);
  void executeBarcode(ByteView command);
  void executeCut(std::uint8_t m);
  void lineFeed();
  void feedLines(int lines);
  void feedDots(int dots);
  void printBufferedLineBefore(const char* what);
  void resetModes();
  void request(RequestKind kind, int n);
  void request(RequestKind kind, int n, std::uint64_t offset);
  void diagnose(DiagnosticKind kind, std::string message);
  [[nodiscard]] std::uint64_t maxBuffered(ByteView header) const;

  InterpreterConfig m_config;
  PrinterModes m_modes;
  PaperBuilder m_paper;
  Bytes m_buffer;
  std::size_t m_start = 0;       // first unprocessed byte in m_buffer
  std::uint64_t m_offset = 0;    // stream offset of m_buffer[m_start]
  std::uint64_t m_skip = 0;      // payload bytes of a command too large to keep, still to drop
  std::uint64_t m_seen = 0;
  std::uint8_t m_previous[2] = {0, 0};  // the last two bytes, for real-time commands inside data
  std::vector<HostRequest> m_requests;
  std::vector<Diagnostic> m_diagnostics;
  std::size_t m_droppedDiagnostics = 0;
  std::size_t m_forcedBreaksReported = 0;
};

}  // namespace foyer::printer::escpos
