#include "drivers/printer/render/qr_bitmap.hpp"

#include <memory>

#include <qrencode.h>

namespace foyer::printer::render {
namespace {

QRecLevel qrencodeLevel(escpos::QrErrorCorrection level) {
  switch (level) {
    case escpos::QrErrorCorrection::L: return QR_ECLEVEL_L;
    case escpos::QrErrorCorrection::M: return QR_ECLEVEL_M;
    case escpos::QrErrorCorrection::Q: return QR_ECLEVEL_Q;
    case escpos::QrErrorCorrection::H: return QR_ECLEVEL_H;
  }
  return QR_ECLEVEL_L;
}

struct QrCodeFree {
  void operator()(QRcode* code) const { QRcode_free(code); }
};

}  // namespace

std::expected<escpos::Bitmap, std::string> qrBitmap(std::string_view data, int moduleSize,
                                                    escpos::QrErrorCorrection level, int quietZoneModules) {
  if (data.empty()) return std::unexpected("empty QR data");
  if (moduleSize < 1 || moduleSize > 16) return std::unexpected("QR module size outside 1..16");
  if (quietZoneModules < 0 || quietZoneModules > 16) return std::unexpected("QR quiet zone outside 0..16 modules");
  // 8-bit mode: the printer's GS ( k stores bytes, and so do we (QRcode_encodeString would pick modes
  // by content and stop at a NUL).
  const std::unique_ptr<QRcode, QrCodeFree> code(QRcode_encodeData(static_cast<int>(data.size()),
                                                                   reinterpret_cast<const unsigned char*>(data.data()),
                                                                   0, qrencodeLevel(level)));
  if (!code) return std::unexpected("QR data does not fit a symbol at this error correction level");
  const int modules = code->width;
  const int side = (modules + 2 * quietZoneModules) * moduleSize;
  auto bitmap = escpos::Bitmap::blank(side, side);
  for (int my = 0; my < modules; ++my) {
    for (int mx = 0; mx < modules; ++mx) {
      // libqrencode: bit 0 of each byte is the module's colour (1 = dark).
      if ((code->data[my * modules + mx] & 1) == 0) continue;
      const int x0 = (mx + quietZoneModules) * moduleSize;
      const int y0 = (my + quietZoneModules) * moduleSize;
      for (int y = y0; y < y0 + moduleSize; ++y) {
        for (int x = x0; x < x0 + moduleSize; ++x) bitmap.set(x, y, true);
      }
    }
  }
  return bitmap;
}

}  // namespace foyer::printer::render
