#include "drivers/printer/protocol/escpos_interpreter.hpp"

#include <algorithm>
#include <cstdio>

#include "drivers/printer/protocol/command_framer.hpp"
#include "drivers/printer/protocol/utf8.hpp"

namespace foyer::printer::escpos {
namespace {

constexpr std::uint8_t kDle = 0x10;
constexpr std::uint8_t kEsc = 0x1B;
constexpr std::uint8_t kFs = 0x1C;
constexpr std::size_t kMaxDiagnostics = 1024;
constexpr std::size_t kMaxRequests = 1024;
constexpr int kTabColumns = 8;

std::string hex(ByteView bytes, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < std::min(count, bytes.size()); ++i) {
    char digits[4];
    std::snprintf(digits, sizeof digits, "%02X", bytes[i]);
    if (!out.empty()) out += ' ';
    out += digits;
  }
  return out;
}

}  // namespace

EscPosInterpreter::EscPosInterpreter(InterpreterConfig config)
    : m_config(config), m_paper(PaperBuilder::Limits{config.printableWidthDots, config.maxPaperDots}) {
  resetModes();
}

void EscPosInterpreter::resetModes() {
  const std::uint8_t asb = m_modes.autoStatusBackMask;  // GS a survives ESC @
  m_modes = PrinterModes{};
  m_modes.codeTable = m_config.powerOnCodeTable;
  m_modes.lineSpacingDots = std::max(1, (m_config.dotsPerInch + 3) / 6);
  m_modes.autoStatusBackMask = asb;
}

void EscPosInterpreter::feed(ByteView bytes) {
  if (m_config.realTimeCommandsInData) {
    for (std::size_t i = 0; i < bytes.size(); ++i) scanRealTime(bytes[i], m_seen + i);
  }
  m_seen += bytes.size();
  // Payload of an oversized command is dropped as it streams past, never buffered.
  if (m_skip > 0) {
    const auto dropped = static_cast<std::size_t>(std::min<std::uint64_t>(m_skip, bytes.size()));
    m_skip -= dropped;
    m_offset += dropped;
    bytes = bytes.subspan(dropped);
  }
  m_buffer.insert(m_buffer.end(), bytes.begin(), bytes.end());
  process();
  if (m_start > 0 && (m_start == m_buffer.size() || m_start > 65536)) {
    m_buffer.erase(m_buffer.begin(), m_buffer.begin() + static_cast<std::ptrdiff_t>(m_start));
    m_start = 0;
  }
}

void EscPosInterpreter::scanRealTime(std::uint8_t byte, std::uint64_t position) {
  // `position` is that of n; the command started two bytes earlier.
  if (m_previous[0] == kDle && m_previous[1] == 0x04 && byte >= 1 && byte <= 4) {
    request(RequestKind::RealTimeStatus, byte, position - 2);
  } else if (m_previous[0] == kDle && m_previous[1] == 0x05 && byte >= 1 && byte <= 2) {
    request(RequestKind::RealTimeRecovery, byte, position - 2);
  }
  m_previous[0] = m_previous[1];
  m_previous[1] = byte;
}

void EscPosInterpreter::process() {
  while (true) {
    if (m_skip > 0) {
      const auto dropped = static_cast<std::size_t>(std::min<std::uint64_t>(m_skip, m_buffer.size() - m_start));
      m_skip -= dropped;
      m_start += dropped;
      m_offset += dropped;
      if (m_skip > 0) return;
    }
    const ByteView available(m_buffer.data() + m_start, m_buffer.size() - m_start);
    const auto frame = frameCommand(available);
    if (!frame) return;
    const std::uint64_t payload = frame->totalLength - frame->headerLength;
    if (payload > 0 && frame->totalLength > maxBuffered(available.first(frame->headerLength))) {
      executeHeaderOnly(available.first(frame->headerLength), payload);
      m_start += frame->headerLength;
      m_offset += frame->headerLength;
      m_skip = payload;
      continue;
    }
    if (available.size() < frame->totalLength) return;
    const auto length = static_cast<std::size_t>(frame->totalLength);
    switch (frame->kind) {
      case FrameKind::Text: executeText(available[0]); break;
      case FrameKind::Command: execute(available.first(length)); break;
      case FrameKind::Unknown:
        diagnose(DiagnosticKind::Unknown, "unknown command " + hex(available, length) + ": skipped");
        break;
      case FrameKind::Malformed:
        diagnose(DiagnosticKind::Malformed, "malformed command " + hex(available, length) + ": skipped");
        break;
    }
    m_start += length;
    m_offset += length;
  }
}

// How much of a command with a payload is worth keeping: the ones acted on up to their bounds (a raster
// band of 4095 rows × 255 bytes, 7089 bytes of QR data); all others are dropped as they stream past.
std::uint64_t EscPosInterpreter::maxBuffered(ByteView header) const {
  if (header.size() >= 2 && header[0] == 0x1D) {
    if (header[1] == 'v') return 8 + 255ULL * 4095;
    if (header[1] == '(' && header.size() >= 3 && header[2] == 'k') return 5 + 3 + kMaxQrData;
    if (header[1] == 'k') return 4 + 255;
  }
  if (header.size() >= 2 && header[0] == kEsc && header[1] == 'D') return 2 + kMaxNulTerminatedData + 1;
  return 0;
}

void EscPosInterpreter::executeHeaderOnly(ByteView header, std::uint64_t payload) {
  const std::string what = hex(header, 3) + " with " + std::to_string(payload) + " bytes of data";
  if (header[0] == 0x1D && (header[1] == 'v' || header[1] == '(')) {
    if (header[1] == '(' && header[2] == 'k') {
      // Storing oversized QR data leaves no symbol to print: the printer rejects the whole command.
      m_modes.qrData.clear();
      diagnose(DiagnosticKind::Limit, what + ": more than a QR symbol holds; skipped");
      return;
    }
    if (header[1] == 'v') {
      diagnose(DiagnosticKind::Limit, what + ": raster band over 4095 rows × 255 bytes; skipped");
      return;
    }
  }
  diagnose(DiagnosticKind::Ignored, what + ": not rendered");
}

void EscPosInterpreter::execute(ByteView command) {
  switch (command[0]) {
    case 0x0A: lineFeed(); return;
    case 0x09: {
      // Default tab stops every 8 columns of the current character width.
      const int column = m_paper.lineWidthDots() / characterWidthDots(m_modes.style);
      for (int i = column % kTabColumns; i < kTabColumns; ++i) executeText(' ');
      return;
    }
    case 0x0D: return;  // CR: ignored with automatic line feed off, as receipt printers ship
    case 0x18: return;  // CAN: page mode only
    case 0x0C: diagnose(DiagnosticKind::Ignored, "FF: page mode not modelled"); return;
    case kDle: executeDle(command); return;
    case kEsc: executeEsc(command); return;
    case kFs: executeFs(command); return;
    default: executeGs(command); return;
  }
}

void EscPosInterpreter::executeText(std::uint8_t byte) {
  std::string utf8;
  appendUtf8(utf8, decodeByte(byte, m_modes.codeTable, m_modes.internationalSet));
  m_paper.addCharacter(utf8, m_modes.style, m_modes.align, m_modes.lineSpacingDots);
}

void EscPosInterpreter::lineFeed() {
  if (m_paper.lineEmpty()) m_paper.feed(m_modes.lineSpacingDots);
  else m_paper.endLine(m_modes.lineSpacingDots);
}

void EscPosInterpreter::feedLines(int lines) {
  if (!m_paper.lineEmpty()) {
    m_paper.endLine(m_modes.lineSpacingDots);
    --lines;
  }
  m_paper.feed(lines * m_modes.lineSpacingDots);
}

void EscPosInterpreter::feedDots(int dots) {
  if (m_paper.lineEmpty()) m_paper.feed(dots);
  else m_paper.endLine(dots);
}

// Graphics, symbols and cuts belong at the start of a line; a printer prints what is buffered first.
void EscPosInterpreter::printBufferedLineBefore(const char* what) {
  if (m_paper.lineEmpty()) return;
  diagnose(DiagnosticKind::Ignored, std::string(what) + " in the middle of a line: the line was printed first");
  m_paper.endLine(m_modes.lineSpacingDots);
}

void EscPosInterpreter::executeEsc(ByteView command) {
  const std::uint8_t code = command[1];
  const std::uint8_t n = command.size() > 2 ? command[2] : 0;
  TextStyle& style = m_modes.style;
  switch (code) {
    case '@':
      m_paper.clearLine();
      resetModes();
      return;
    case 't':
      if (const auto table = codeTableFromNumber(n, m_config.numbering)) {
        m_modes.codeTable = *table;
      } else {
        diagnose(DiagnosticKind::Ignored, "ESC t " + std::to_string(n) + ": code table not modelled; " +
                                              std::string(codeTableName(m_modes.codeTable)) + " kept");
      }
      return;
    case 'R':
      if (!internationalSetKnown(n)) {
        diagnose(DiagnosticKind::Ignored, "ESC R " + std::to_string(n) + ": international set not modelled");
      }
      m_modes.internationalSet = n;
      return;
    case '!':
      style.fontB = (n & 0x01) != 0;
      style.bold = (n & 0x08) != 0;
      style.heightScale = (n & 0x10) != 0 ? 2 : 1;
      style.widthScale = (n & 0x20) != 0 ? 2 : 1;
      style.underline = (n & 0x80) != 0;
      return;
    case 'E': style.bold = (n & 0x01) != 0; return;
    case '-': style.underline = (n & 0x03) != 0; return;
    case 'M': style.fontB = (n & 0x03) != 0; return;
    case 'a': {
      const int value = n >= '0' ? n - '0' : n;
      if (value > 2) {
        diagnose(DiagnosticKind::Malformed, "ESC a " + std::to_string(n) + ": no such justification");
      } else if (!m_paper.lineEmpty()) {
        // Epson: enabled only at the beginning of a line, otherwise ignored (not deferred).
        diagnose(DiagnosticKind::Ignored, "ESC a in the middle of a line has no effect");
      } else {
        m_modes.align = static_cast<Align>(value);
      }
      return;
    }
    case '2': m_modes.lineSpacingDots = std::max(1, (m_config.dotsPerInch + 3) / 6); return;
    case '3': m_modes.lineSpacingDots = n; return;
    case 'd': feedLines(n); return;
    case 'J': feedDots(n); return;
    case 'i':
      printBufferedLineBefore("ESC i (cut)");
      m_paper.cut(Cut{false, false});
      return;
    case 'm':
      printBufferedLineBefore("ESC m (cut)");
      m_paper.cut(Cut{true, false});
      return;
    case 'p': case 'G': case ' ': case '=': case 'c': case 'U': case '<':
      return;  // drawer kick, double strike (looks as bold on thermal paper), spacing, peripherals: no ink
    default:
      diagnose(DiagnosticKind::Ignored, hex(command, 3) + ": not modelled");
      return;
  }
}

void EscPosInterpreter::executeGs(ByteView command) {
  const std::uint8_t code = command[1];
  const std::uint8_t n = command.size() > 2 ? command[2] : 0;
  TextStyle& style = m_modes.style;
  switch (code) {
    case '!':
      if ((n & 0x88) != 0) {
        diagnose(DiagnosticKind::Malformed, "GS ! " + std::to_string(n) + ": scale outside 1..8; ignored");
        return;
      }
      style.widthScale = (n >> 4) + 1;
      style.heightScale = (n & 0x07) + 1;
      return;
    case 'B': style.reverse = (n & 0x01) != 0; return;
    case 'H': m_modes.hri = static_cast<HriPosition>(n & 0x03); return;
    case 'f': m_modes.hriFontB = (n & 0x01) != 0; return;
    case 'h':
      if (n == 0) diagnose(DiagnosticKind::Malformed, "GS h 0: barcode height must be 1..255");
      else m_modes.barcodeHeight = n;
      return;
    case 'w':
      if (n < 1 || n > 6) diagnose(DiagnosticKind::Malformed, "GS w " + std::to_string(n) + ": module width outside 1..6");
      else m_modes.barcodeModuleWidth = n;
      return;
    case 'k': executeBarcode(command); return;
    case 'v': executeRaster(command); return;
    case '(':
      if (command.size() >= 3 && command[2] == 'k') executeQr(command);
      else diagnose(DiagnosticKind::Ignored, hex(command, 3) + ": not modelled");
      return;
    case 'V': executeCut(n); return;
    case 'a':
      m_modes.autoStatusBackMask = n;
      request(RequestKind::AutoStatusBack, n);
      return;
    case 'I': request(RequestKind::Identification, n); return;
    case 'r': request(RequestKind::TransmitStatus, n); return;
    case 'b': case 'E': case ':': case 'P': case 'T': case 'Z': case '^':
      return;  // smoothing, head control, macros, motion units: nothing to draw
    default:
      diagnose(DiagnosticKind::Ignored, hex(command, 3) + ": not modelled");
      return;
  }
}

void EscPosInterpreter::executeCut(std::uint8_t m) {
  printBufferedLineBefore("GS V (cut)");
  switch (m) {
    case 0: case '0': m_paper.cut(Cut{false, false}); return;
    case 1: case '1': m_paper.cut(Cut{true, false}); return;
    case 65: case 97: case 103: m_paper.cut(Cut{false, true}); return;
    case 66: case 98: case 104: m_paper.cut(Cut{true, true}); return;
    default: diagnose(DiagnosticKind::Malformed, "GS V " + std::to_string(m) + ": no such cut"); return;
  }
}

void EscPosInterpreter::executeDle(ByteView command) {
  const std::uint8_t n = command[2];
  if (command[1] == 0x04) {
    if (n < 1 || n > 4) {
      diagnose(DiagnosticKind::Ignored, "DLE EOT " + std::to_string(n) + ": only n = 1..4 are modelled");
    } else if (!m_config.realTimeCommandsInData) {
      request(RequestKind::RealTimeStatus, n);
    }
    return;
  }
  if (command[1] == 0x05) {
    if (n < 1 || n > 2) diagnose(DiagnosticKind::Malformed, "DLE ENQ " + std::to_string(n) + ": no such function");
    else if (!m_config.realTimeCommandsInData) request(RequestKind::RealTimeRecovery, n);
    return;
  }
  // DLE DC4: drawer pulse, power-off sequence, buffer clear: nothing printed.
}

void EscPosInterpreter::executeFs(ByteView command) {
  switch (command[1]) {
    case '.': case '&': case 'C': case '!': case '-': case 'W': case 'S':
      return;  // kanji modes: single-byte tables only here
    default:
      diagnose(DiagnosticKind::Ignored, hex(command, 4) + ": not rendered");
      return;
  }
}

void EscPosInterpreter::request(RequestKind kind, int n) { request(kind, n, m_offset); }

void EscPosInterpreter::request(RequestKind kind, int n, std::uint64_t offset) {
  if (m_requests.size() >= kMaxRequests) {
    diagnose(DiagnosticKind::Limit, "more than 1024 unanswered requests: dropped");
    return;
  }
  m_requests.push_back(HostRequest{kind, n, offset});
}

void EscPosInterpreter::diagnose(DiagnosticKind kind, std::string message) {
  if (m_diagnostics.size() >= kMaxDiagnostics) {
    ++m_droppedDiagnostics;
    return;
  }
  m_diagnostics.push_back(Diagnostic{kind, m_offset, std::move(message)});
}

std::vector<HostRequest> EscPosInterpreter::takeRequests() {
  std::vector<HostRequest> out;
  out.swap(m_requests);
  return out;
}

std::vector<Diagnostic> EscPosInterpreter::takeDiagnostics() {
  if (m_paper.forcedBreaks() > m_forcedBreaksReported) {
    m_forcedBreaksReported = m_paper.forcedBreaks();
    diagnose(DiagnosticKind::Limit, "paper longer than " + std::to_string(m_config.maxPaperDots) +
                                        " dots without a cut: a page break was forced");
  }
  std::vector<Diagnostic> out;
  out.swap(m_diagnostics);
  return out;
}

Receipt EscPosInterpreter::endStream() {
  if (m_skip > 0 || m_start < m_buffer.size()) {
    diagnose(DiagnosticKind::Malformed, "the stream ended inside a command: " +
                                            std::to_string(m_buffer.size() - m_start + m_skip) + " bytes dropped");
  }
  if (!m_paper.lineEmpty()) diagnose(DiagnosticKind::Ignored, "text without a line feed at the end: printed");
  // Offsets count from the start of each stream (connection), which is how a person reads a capture.
  m_offset = 0;
  m_seen = 0;
  m_buffer.clear();
  m_start = 0;
  m_skip = 0;
  m_previous[0] = m_previous[1] = 0;
  return m_paper.endStream();
}

}  // namespace foyer::printer::escpos
