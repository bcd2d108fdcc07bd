#include "drivers/printer/protocol/escpos_writer.hpp"

#include <algorithm>

#include "drivers/printer/protocol/code128.hpp"

namespace foyer::printer::escpos {
namespace {

constexpr std::uint8_t kLf = 0x0A;
constexpr std::uint8_t kDle = 0x10;
constexpr std::uint8_t kEsc = 0x1B;
constexpr std::uint8_t kGs = 0x1D;
constexpr int kMaxRasterBand = 256;

std::uint8_t byteOf(int value) { return static_cast<std::uint8_t>(std::clamp(value, 0, 255)); }
std::uint8_t low(std::size_t value) { return static_cast<std::uint8_t>(value & 0xFF); }
std::uint8_t high(std::size_t value) { return static_cast<std::uint8_t>((value >> 8) & 0xFF); }

}  // namespace

EscPosWriter::EscPosWriter(WriterConfig config) : m_config(config) {}

Bytes EscPosWriter::take() {
  Bytes out;
  out.swap(m_bytes);
  return out;
}

void EscPosWriter::put(std::initializer_list<std::uint8_t> bytes) { m_bytes.insert(m_bytes.end(), bytes); }

void EscPosWriter::initialise() {
  put({kEsc, '@'});
  m_style = TextStyle{};
  m_align = Align::Left;
}

std::expected<void, WriterError> EscPosWriter::selectCodeTable(CodeTable table) {
  return selectCodeTable(table, m_config.numbering);
}

std::expected<void, WriterError> EscPosWriter::selectCodeTable(CodeTable table, CodeTableNumbering numbering) {
  const auto number = codeTableNumber(table, numbering);
  if (!number) {
    return std::unexpected(WriterError{"no ESC t number for " + std::string(codeTableName(table)) +
                                       (numbering == CodeTableNumbering::Star ? " on Star printers" : "")});
  }
  put({kEsc, 't', *number});
  m_table = table;
  return {};
}

std::size_t EscPosWriter::text(std::string_view utf8) {
  std::size_t unencodable = 0;
  while (!utf8.empty()) {
    const std::size_t newlineAt = utf8.find('\n');
    const std::string_view piece = utf8.substr(0, newlineAt);
    const EncodedText encoded = encodeText(piece, m_table);
    m_bytes.insert(m_bytes.end(), encoded.bytes.begin(), encoded.bytes.end());
    unencodable += encoded.unencodable;
    m_transliterated += encoded.transliterated;
    if (newlineAt == std::string_view::npos) break;
    newline();
    utf8.remove_prefix(newlineAt + 1);
  }
  m_unencodable += unencodable;
  return unencodable;
}

std::size_t EscPosWriter::line(std::string_view utf8) {
  const std::size_t unencodable = text(utf8);
  newline();
  return unencodable;
}

void EscPosWriter::newline() { put({kLf}); }
void EscPosWriter::feedLines(int lines) { put({kEsc, 'd', byteOf(lines)}); }
void EscPosWriter::feedDots(int dots) { put({kEsc, 'J', byteOf(dots)}); }
void EscPosWriter::lineSpacing(int dots) { put({kEsc, '3', byteOf(dots)}); }
void EscPosWriter::defaultLineSpacing() { put({kEsc, '2'}); }

void EscPosWriter::style(const TextStyle& wanted) {
  TextStyle next = wanted;
  next.widthScale = std::clamp(next.widthScale, 1, 8);
  next.heightScale = std::clamp(next.heightScale, 1, 8);
  const bool known = m_style.has_value();
  const TextStyle current = m_style.value_or(TextStyle{});
  if (!known || next.bold != current.bold) put({kEsc, 'E', next.bold ? std::uint8_t{1} : std::uint8_t{0}});
  if (!known || next.underline != current.underline) {
    put({kEsc, '-', next.underline ? std::uint8_t{1} : std::uint8_t{0}});
  }
  if (!known || next.widthScale != current.widthScale || next.heightScale != current.heightScale) {
    put({kGs, '!', static_cast<std::uint8_t>((next.widthScale - 1) << 4 | (next.heightScale - 1))});
  }
  if (!known || next.fontB != current.fontB) put({kEsc, 'M', next.fontB ? std::uint8_t{1} : std::uint8_t{0}});
  if (!known || next.reverse != current.reverse) put({kGs, 'B', next.reverse ? std::uint8_t{1} : std::uint8_t{0}});
  m_style = next;
}

void EscPosWriter::align(Align wanted) {
  if (m_align == wanted) return;
  put({kEsc, 'a', static_cast<std::uint8_t>(wanted)});
  m_align = wanted;
}

std::expected<void, WriterError> EscPosWriter::raster(const Bitmap& bitmap, RasterScale scale) {
  if (bitmap.empty()) return std::unexpected(WriterError{"empty raster image"});
  const bool doubleWidth = scale == RasterScale::DoubleWidth || scale == RasterScale::Quadruple;
  const int printedWidth = bitmap.width * (doubleWidth ? 2 : 1);
  if (printedWidth > m_config.printableWidthDots) {
    return std::unexpected(WriterError{"raster image " + std::to_string(printedWidth) + " dots wide; the printer prints " +
                                       std::to_string(m_config.printableWidthDots)});
  }
  const std::size_t bytesPerRow = (static_cast<std::size_t>(bitmap.width) + 7) / 8;
  for (int top = 0; top < bitmap.height; top += kMaxRasterBand) {
    const int rows = std::min(kMaxRasterBand, bitmap.height - top);
    put({kGs, 'v', '0', static_cast<std::uint8_t>(scale), low(bytesPerRow), high(bytesPerRow),
         low(static_cast<std::size_t>(rows)), high(static_cast<std::size_t>(rows))});
    for (int y = top; y < top + rows; ++y) {
      for (std::size_t column = 0; column < bytesPerRow; ++column) {
        std::uint8_t packed = 0;
        for (int bit = 0; bit < 8; ++bit) {
          // Bit 7 is the leftmost dot; the padding past the image's width stays white.
          if (bitmap.at(static_cast<int>(column * 8) + bit, y)) packed |= static_cast<std::uint8_t>(0x80 >> bit);
        }
        m_bytes.push_back(packed);
      }
    }
  }
  return {};
}

std::expected<void, WriterError> EscPosWriter::qrCode(std::string_view data, int moduleSize, QrErrorCorrection level) {
  if (data.empty()) return std::unexpected(WriterError{"empty QR data"});
  if (data.size() > kMaxQrData) return std::unexpected(WriterError{"QR data longer than 7089 bytes"});
  if (moduleSize < 1 || moduleSize > 16) return std::unexpected(WriterError{"QR module size outside 1..16"});
  put({kGs, '(', 'k', 0x04, 0x00, 0x31, 0x41, 0x32, 0x00});  // 165: model 2
  put({kGs, '(', 'k', 0x03, 0x00, 0x31, 0x43, static_cast<std::uint8_t>(moduleSize)});
  put({kGs, '(', 'k', 0x03, 0x00, 0x31, 0x45, static_cast<std::uint8_t>(0x30 + static_cast<int>(level))});
  const std::size_t length = data.size() + 3;
  put({kGs, '(', 'k', low(length), high(length), 0x31, 0x50, 0x30});
  m_bytes.insert(m_bytes.end(), data.begin(), data.end());
  put({kGs, '(', 'k', 0x03, 0x00, 0x31, 0x51, 0x30});  // 181: print
  return {};
}

std::expected<void, WriterError> EscPosWriter::barcode128(std::string_view data, int height, HriPosition hri,
                                                          int moduleWidth) {
  if (data.empty()) return std::unexpected(WriterError{"empty barcode data"});
  if (height < 1 || height > 255) return std::unexpected(WriterError{"barcode height outside 1..255 dots"});
  if (moduleWidth < 2 || moduleWidth > 6) return std::unexpected(WriterError{"barcode module width outside 2..6"});
  auto encoded = code128SetB(data);
  if (!encoded) return std::unexpected(WriterError{encoded.error()});
  if (encoded->size() > 255) return std::unexpected(WriterError{"barcode data longer than GS k allows"});
  put({kGs, 'H', static_cast<std::uint8_t>(hri)});
  put({kGs, 'h', static_cast<std::uint8_t>(height)});
  put({kGs, 'w', static_cast<std::uint8_t>(moduleWidth)});
  put({kGs, 'k', 73, static_cast<std::uint8_t>(encoded->size())});
  m_bytes.insert(m_bytes.end(), encoded->begin(), encoded->end());
  return {};
}

void EscPosWriter::cut(CutMode mode) {
  switch (mode) {
    case CutMode::FeedPartial: put({kGs, 'V', 0x42, 0x00}); break;
    case CutMode::FeedFull: put({kGs, 'V', 0x41, 0x00}); break;
    case CutMode::Partial: put({kGs, 'V', 0x01}); break;
    case CutMode::Full: put({kGs, 'V', 0x00}); break;
  }
}

void EscPosWriter::realTimeStatusQuery(int n) { put({kDle, 0x04, byteOf(n)}); }

void EscPosWriter::autoStatusBack(std::uint8_t enableMask) { put({kGs, 'a', enableMask}); }

void EscPosWriter::raw(ByteView bytes) { m_bytes.insert(m_bytes.end(), bytes.begin(), bytes.end()); }

}  // namespace foyer::printer::escpos
