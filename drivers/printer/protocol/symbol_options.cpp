#include "drivers/printer/protocol/symbol_options.hpp"

namespace foyer::printer::escpos {

char qrErrorCorrectionLetter(QrErrorCorrection level) {
  switch (level) {
    case QrErrorCorrection::L: return 'L';
    case QrErrorCorrection::M: return 'M';
    case QrErrorCorrection::Q: return 'Q';
    case QrErrorCorrection::H: return 'H';
  }
  return '?';
}

std::string_view hriPositionName(HriPosition position) {
  switch (position) {
    case HriPosition::None: return "none";
    case HriPosition::Above: return "above";
    case HriPosition::Below: return "below";
    case HriPosition::Both: return "both";
  }
  return "?";
}

std::string_view barcodeSystemName(BarcodeSystem system) {
  switch (system) {
    case BarcodeSystem::UpcA: return "UPC-A";
    case BarcodeSystem::UpcE: return "UPC-E";
    case BarcodeSystem::Ean13: return "EAN13";
    case BarcodeSystem::Ean8: return "EAN8";
    case BarcodeSystem::Code39: return "CODE39";
    case BarcodeSystem::Itf: return "ITF";
    case BarcodeSystem::Codabar: return "CODABAR";
    case BarcodeSystem::Code93: return "CODE93";
    case BarcodeSystem::Code128: return "CODE128";
    case BarcodeSystem::Gs1_128: return "GS1-128";
    case BarcodeSystem::Gs1DataBarOmnidirectional: return "GS1 DataBar Omnidirectional";
    case BarcodeSystem::Gs1DataBarTruncated: return "GS1 DataBar Truncated";
    case BarcodeSystem::Gs1DataBarLimited: return "GS1 DataBar Limited";
    case BarcodeSystem::Gs1DataBarExpanded: return "GS1 DataBar Expanded";
  }
  return "?";
}

}  // namespace foyer::printer::escpos
