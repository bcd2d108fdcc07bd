#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace foyer::printer::escpos {

// GS ( k function 169: the byte is 0x30 + the enumerator.
enum class QrErrorCorrection : std::uint8_t { L, M, Q, H };
char qrErrorCorrectionLetter(QrErrorCorrection level);

// GS H: where the human-readable line goes around a barcode.
enum class HriPosition : std::uint8_t { None, Above, Below, Both };
std::string_view hriPositionName(HriPosition position);

// GS k: function A systems are numbered 0..6 and NUL-terminated, function B 65..79 and length-prefixed;
// both forms of a system map to one enumerator.
enum class BarcodeSystem : std::uint8_t {
  UpcA,
  UpcE,
  Ean13,
  Ean8,
  Code39,
  Itf,
  Codabar,
  Code93,
  Code128,
  Gs1_128,
  Gs1DataBarOmnidirectional,
  Gs1DataBarTruncated,
  Gs1DataBarLimited,
  Gs1DataBarExpanded,
};
std::string_view barcodeSystemName(BarcodeSystem system);

// Largest QR payload GS ( k function 180 accepts (numeric data, version 40, level L).
inline constexpr std::size_t kMaxQrData = 7089;

}  // namespace foyer::printer::escpos
