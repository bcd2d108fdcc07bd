#pragma once
#include <expected>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "screens/theme/theme.hpp"

namespace foyer::screens {

// Loads Noto Sans (Latin, Greek, Cyrillic) with Noto Sans Arabic merged in, at the sizes the metrics ask
// for, into ImGui's current font atlas. The glyph set is Latin/Cyrillic plus every character of `texts`
// *after* shaping, because joined Arabic is drawn with presentation-form glyphs that plain text lacks.
std::expected<Fonts, std::string> loadFonts(const std::filesystem::path& folder, const Metrics& metrics,
                                            const std::vector<std::string>& shapedTexts);

}  // namespace foyer::screens
