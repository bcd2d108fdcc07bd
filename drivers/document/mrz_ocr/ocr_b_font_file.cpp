#include "drivers/document/mrz_ocr/ocr_b_font_file.hpp"

#include <fstream>
#include <iterator>
#include <vector>

namespace foyer::document::mrz {

std::expected<OcrBTemplates, std::string> loadOcrBTemplates(const std::filesystem::path& fontFile) {
  // Font files are small (OCRB.otf: 18 kB); anything far larger is not the font we want.
  constexpr std::uintmax_t kLimit = 16U << 20U;
  std::error_code error;
  const auto size = std::filesystem::file_size(fontFile, error);
  if (error) return std::unexpected(fontFile.string() + ": " + error.message());
  if (size > kLimit) return std::unexpected(fontFile.string() + ": too large for a font file");
  std::ifstream in(fontFile, std::ios::binary);
  std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) return std::unexpected(fontFile.string() + ": cannot be read");
  auto templates = OcrBTemplates::fromFontData(bytes);
  if (!templates) return std::unexpected(fontFile.string() + ": " + templates.error());
  return templates;
}

}  // namespace foyer::document::mrz
