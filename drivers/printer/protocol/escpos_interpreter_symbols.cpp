#include "drivers/printer/protocol/escpos_interpreter.hpp"

#include <cstdint>
#include <optional>

#include "drivers/printer/protocol/code128.hpp"

// The interpreter's pictures and symbols: GS v 0 raster images, GS ( k QR codes and GS k barcodes.
namespace foyer::printer::escpos {

// GS v 0 m xL xH yL yH d1..dk: bit 7 of each byte is the leftmost of its eight dots.
void EscPosInterpreter::executeRaster(ByteView command) {
  const int m = command[3] >= '0' ? command[3] - '0' : command[3];
  const int bytesPerRow = command[4] | command[5] << 8;
  const int rows = command[6] | command[7] << 8;
  if (m < 0 || m > 3) {
    diagnose(DiagnosticKind::Malformed, "GS v 0 with mode " + std::to_string(command[3]) + ": skipped");
    return;
  }
  if (bytesPerRow == 0 || rows == 0) {
    diagnose(DiagnosticKind::Malformed, "GS v 0 with an empty image: skipped");
    return;
  }
  if (bytesPerRow > 255 || rows > 4095) {
    diagnose(DiagnosticKind::Limit, "GS v 0 larger than 255 bytes × 4095 rows: skipped");
    return;
  }
  printBufferedLineBefore("GS v 0");
  PrintedRaster raster;
  raster.align = m_modes.align;
  raster.scaleX = (m & 1) != 0 ? 2 : 1;
  raster.scaleY = (m & 2) != 0 ? 2 : 1;
  raster.bitmap = Bitmap::blank(bytesPerRow * 8, rows);
  const ByteView data = command.subspan(8);
  for (int y = 0; y < rows; ++y) {
    for (int column = 0; column < bytesPerRow; ++column) {
      const std::uint8_t packed = data[static_cast<std::size_t>(y) * static_cast<std::size_t>(bytesPerRow) +
                                       static_cast<std::size_t>(column)];
      for (int bit = 0; bit < 8; ++bit) {
        if ((packed & (0x80 >> bit)) != 0) raster.bitmap.set(column * 8 + bit, y, true);
      }
    }
  }
  if (raster.bitmap.width * raster.scaleX > m_config.printableWidthDots) {
    diagnose(DiagnosticKind::Limit, "GS v 0 wider than the printable width: the excess is not printed");
  }
  const int height = rows * raster.scaleY;
  m_paper.add(std::move(raster), height);
}

// GS ( k pL pH cn fn [parameters]; cn 49 (0x31) is QR Code.
void EscPosInterpreter::executeQr(ByteView command) {
  const ByteView body = command.subspan(5);
  if (body.size() < 2) {
    diagnose(DiagnosticKind::Malformed, "GS ( k shorter than cn fn: skipped");
    return;
  }
  const std::uint8_t cn = body[0];
  const std::uint8_t fn = body[1];
  if (cn != 0x31) {
    diagnose(DiagnosticKind::Ignored, "GS ( k symbol " + std::to_string(cn) + " (not QR): not rendered");
    return;
  }
  const auto parameter = [&](std::size_t i) -> std::optional<std::uint8_t> {
    if (body.size() <= 2 + i) return std::nullopt;
    return body[2 + i];
  };
  switch (fn) {
    case 0x41: {  // 165: model
      const auto model = parameter(0);
      if (model && *model >= 0x31 && *model <= 0x33) m_modes.qrModel = *model - 0x30;
      else diagnose(DiagnosticKind::Malformed, "GS ( k 165: no such QR model");
      return;
    }
    case 0x43: {  // 167: module size
      const auto size = parameter(0);
      if (size && *size >= 1 && *size <= 16) m_modes.qrModuleSize = *size;
      else diagnose(DiagnosticKind::Malformed, "GS ( k 167: module size outside 1..16");
      return;
    }
    case 0x45: {  // 169: error correction
      const auto level = parameter(0);
      if (level && *level >= 0x30 && *level <= 0x33) m_modes.qrErrorCorrection = static_cast<QrErrorCorrection>(*level - 0x30);
      else diagnose(DiagnosticKind::Malformed, "GS ( k 169: no such error correction level");
      return;
    }
    case 0x50: {  // 180: store data
      if (body.size() < 3 || body[2] != 0x30) {
        diagnose(DiagnosticKind::Malformed, "GS ( k 180 without m = 48: skipped");
        return;
      }
      const ByteView data = body.subspan(3);
      m_modes.qrData.assign(data.begin(), data.end());
      return;
    }
    case 0x51:  // 181: print
      if (m_modes.qrData.empty()) {
        diagnose(DiagnosticKind::Malformed, "GS ( k 181 with no QR data stored: nothing printed");
        return;
      }
      printBufferedLineBefore("GS ( k 181 (QR)");
      m_paper.add(PrintedQr{m_modes.align, m_modes.qrData, m_modes.qrModuleSize,
                            qrErrorCorrectionLetter(m_modes.qrErrorCorrection), m_modes.qrModel},
                  0);
      return;
    case 0x52:  // 182: size information, transmitted
      request(RequestKind::SymbolSize, fn);
      return;
    default:
      diagnose(DiagnosticKind::Ignored, "GS ( k QR function " + std::to_string(fn) + ": not modelled");
      return;
  }
}

// GS k m d1..dk NUL (function A, m 0..6) or GS k m n d1..dn (function B, m 65..79).
void EscPosInterpreter::executeBarcode(ByteView command) {
  const std::uint8_t m = command[2];
  const bool functionA = m <= 6;
  const ByteView data = functionA ? command.subspan(3, command.size() - 4) : command.subspan(4);
  if (data.empty()) {
    diagnose(DiagnosticKind::Malformed, "GS k with no data: nothing printed");
    return;
  }
  if (m > 78) {
    diagnose(DiagnosticKind::Ignored, "GS k system " + std::to_string(m) + ": not modelled");
    return;
  }
  PrintedBarcode barcode;
  barcode.align = m_modes.align;
  barcode.system = static_cast<BarcodeSystem>(functionA ? m : m - 65);
  barcode.data.assign(data.begin(), data.end());
  barcode.height = m_modes.barcodeHeight;
  barcode.moduleWidth = m_modes.barcodeModuleWidth;
  barcode.hri = m_modes.hri;
  barcode.hriFontB = m_modes.hriFontB;
  if (barcode.system == BarcodeSystem::Code128) {
    auto symbol = parseCode128(data);
    if (!symbol) {
      diagnose(DiagnosticKind::Malformed, "GS k CODE128: " + symbol.error() + "; nothing printed");
      return;
    }
    barcode.text = symbol->text;
  } else {
    barcode.text = barcode.data;
  }
  printBufferedLineBefore("GS k (barcode)");
  const int hriLines = (barcode.hri == HriPosition::Above || barcode.hri == HriPosition::Below) ? 1
                       : barcode.hri == HriPosition::Both                                      ? 2
                                                                                               : 0;
  const int height = barcode.height + hriLines * (barcode.hriFontB ? 17 : 24);
  m_paper.add(std::move(barcode), height);
}

}  // namespace foyer::printer::escpos
