#pragma once
#include <expected>
#include <filesystem>
#include <string>

#include "drivers/document/mrz_ocr/ocr_b_templates.hpp"

namespace foyer::document::mrz {

// Debian's fonts-ocr-b. Only OCRB.otf: the package's other files are variants (slanted, light, ...).
inline constexpr const char* kDefaultOcrBFont = "/usr/share/fonts/opentype/ocr-b/OCRB.otf";

// Reads the font file and rasterises its templates. The message names the file and what went wrong.
std::expected<OcrBTemplates, std::string> loadOcrBTemplates(const std::filesystem::path& fontFile = kDefaultOcrBFont);

}  // namespace foyer::document::mrz
