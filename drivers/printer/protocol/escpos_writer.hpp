#pragma once
#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <string_view>

#include "drivers/printer/protocol/bitmap.hpp"
#include "drivers/printer/protocol/bytes.hpp"
#include "drivers/printer/protocol/code_page.hpp"
#include "drivers/printer/protocol/symbol_options.hpp"
#include "drivers/printer/protocol/text_style.hpp"

// Builds an ESC/POS byte stream for one job. It remembers the modes it has set so that style() and
// align() send only what changes; until initialise() the printer's modes are unknown and the first
// style()/align() sends everything.
namespace foyer::printer::escpos {

struct WriterConfig {
  int printableWidthDots = 576;  // 80 mm at 203 dpi; 512 on a TM-T88 (180 dpi), 384 on 58 mm paper
  CodeTableNumbering numbering = CodeTableNumbering::Epson;
};

// GS V: the feed variants move the last printed line past the cutter (it sits some millimetres above the
// head); without the feed the end of the receipt stays inside.
enum class CutMode { FeedPartial, FeedFull, Partial, Full };

// GS v 0 m: each dot printed as 1×1, 2×1, 1×2 or 2×2 dots.
enum class RasterScale : std::uint8_t { Normal = 0, DoubleWidth = 1, DoubleHeight = 2, Quadruple = 3 };

struct WriterError {
  std::string message;
};

class EscPosWriter {
 public:
  explicit EscPosWriter(WriterConfig config = {});

  [[nodiscard]] const Bytes& bytes() const { return m_bytes; }
  [[nodiscard]] Bytes take();
  [[nodiscard]] const WriterConfig& config() const { return m_config; }
  // Characters text() printed as '?' or as a stand-in so far (see EncodedText).
  [[nodiscard]] std::size_t unencodable() const { return m_unencodable; }
  [[nodiscard]] std::size_t transliterated() const { return m_transliterated; }

  // ESC @: clears the printer's buffer and modes. The code table is NOT known afterwards (a memory switch
  // decides on some models): select it again before text.
  void initialise();
  // ESC t with the config's numbering, or an explicit one.
  std::expected<void, WriterError> selectCodeTable(CodeTable table);
  std::expected<void, WriterError> selectCodeTable(CodeTable table, CodeTableNumbering numbering);
  // The table text() encodes with; PC437 (the factory default) until one is selected.
  [[nodiscard]] CodeTable codeTable() const { return m_table; }

  // Encodes UTF-8 with the selected table; '\n' becomes newline(). Returns how many characters had no code
  // (printed as '?'): a caller can then print the line as an image instead (render/text_raster.hpp).
  std::size_t text(std::string_view utf8);
  std::size_t line(std::string_view utf8);  // text() and newline()
  void newline();                            // LF
  void feedLines(int lines);                 // ESC d n, 0..255
  void feedDots(int dots);                   // ESC J n, 0..255 motion units
  void lineSpacing(int dots);                // ESC 3 n
  void defaultLineSpacing();                 // ESC 2

  void style(const TextStyle& style);
  void align(Align align);

  // GS v 0 in bands of at most 256 rows, the width padded with white to a multiple of 8.
  std::expected<void, WriterError> raster(const Bitmap& bitmap, RasterScale scale = RasterScale::Normal);
  // GS ( k functions 165 (model 2), 167, 169, 180 (store) and 181 (print). The caller leaves the quiet zone
  // (centre it, or keep four modules of margin).
  std::expected<void, WriterError> qrCode(std::string_view data, int moduleSize, QrErrorCorrection level);
  // GS H, GS h, GS w, GS k 73 with "{B" and the text (printable ASCII; '{' is escaped).
  std::expected<void, WriterError> barcode128(std::string_view data, int height, HriPosition hri, int moduleWidth = 2);
  void cut(CutMode mode = CutMode::FeedPartial);

  // DLE EOT n. The printer answers at once, even offline; see printer_status.hpp.
  void realTimeStatusQuery(int n);
  // GS a n: 0x0F enables all ASB reports, 0 disables.
  void autoStatusBack(std::uint8_t enableMask);
  // Bytes as they are, for commands this writer does not know.
  void raw(ByteView bytes);

 private:
  void put(std::initializer_list<std::uint8_t> bytes);

  WriterConfig m_config;
  Bytes m_bytes;
  CodeTable m_table = CodeTable::Pc437;
  std::optional<TextStyle> m_style;  // nullopt: unknown, send everything next time
  std::optional<Align> m_align;
  std::size_t m_unencodable = 0;
  std::size_t m_transliterated = 0;
};

}  // namespace foyer::printer::escpos
