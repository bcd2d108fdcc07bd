#pragma once
#include <cstdint>
#include <expected>
#include <filesystem>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "drivers/printer/protocol/paper_model.hpp"
#include "drivers/printer/render/glyph_font.hpp"

// Draws what the interpreter says was printed as a picture of the paper roll, one dot per pixel, so that a
// person (or zbar) can check a receipt without a printer: text in DejaVu Sans Mono at the printer's cell
// size (Font A 12×24, Font B 9×17), raster images, QR codes (libqrencode, from the stored data), CODE128
// bars with their human-readable line, feeds, and a dashed line where the paper was cut.
namespace foyer::printer::render {

inline constexpr const char* kDefaultMonoFont = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf";
inline constexpr const char* kDefaultMonoBoldFont = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf";

struct PaperConfig {
  int printableWidthDots = 576;  // 80 mm roll at 203 dpi (48 columns of Font A); 384 on 58 mm
  int paperWidthDots = 640;      // the roll itself: white margins either side of the printable width
  int topMarginDots = 24;
  std::filesystem::path regularFont = kDefaultMonoFont;
  std::filesystem::path boldFont = kDefaultMonoBoldFont;
};

// Grey, 255 = white paper.
struct PaperImage {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> grey;
  // Where each item was drawn (rows top..top+height), in the order given.
  struct Placement {
    int top = 0;
    int height = 0;
  };
  std::vector<Placement> placements;
  int printableLeft = 0;  // x of the printable area's left edge

  [[nodiscard]] std::uint8_t at(int x, int y) const;
};

class PaperRenderer {
 public:
  static std::expected<PaperRenderer, std::string> create(PaperConfig config = {});
  PaperRenderer(PaperRenderer&&) noexcept;
  PaperRenderer& operator=(PaperRenderer&&) noexcept;
  ~PaperRenderer();

  PaperImage render(std::span<const escpos::PaperItem> items);
  [[nodiscard]] const PaperConfig& config() const { return m_config; }

 private:
  struct Impl;
  PaperRenderer(PaperConfig config, std::unique_ptr<Impl> impl);

  PaperConfig m_config;
  std::unique_ptr<Impl> m_impl;
};

// Lossless PNG of the picture.
std::expected<std::vector<std::uint8_t>, std::string> encodePng(const PaperImage& image);
std::expected<void, std::string> writePng(const PaperImage& image, const std::filesystem::path& file);

}  // namespace foyer::printer::render
