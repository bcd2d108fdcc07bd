#include "screens/theme/font_loader.hpp"

#include <cmath>

#include <imgui.h>

namespace foyer::screens {
namespace {

constexpr ImWchar kLatinAndCyrillic[] = {
    0x0020, 0x024F,  // Latin, Latin-1 and Latin Extended-A/B: names in documents
    0x0370, 0x03FF,  // Greek
    0x0400, 0x052F,  // Cyrillic and its supplement
    0x2010, 0x2027,  // dashes, quotes, ellipsis
    0x20AC, 0x20AC,  // €
    0,
};

constexpr ImWchar kArabic[] = {
    0x0600, 0x06FF,  // Arabic: letters, Arabic-Indic digits, punctuation
    0,
};

constexpr float kArabicScale = 1.5F;

struct FontFiles {
  std::filesystem::path latin;
  std::filesystem::path arabic;
};

std::expected<FontFiles, std::string> findFiles(const std::filesystem::path& folder, bool bold) {
  FontFiles files{folder / (bold ? "NotoSans-Bold.ttf" : "NotoSans-Regular.ttf"),
                  folder / (bold ? "NotoSansArabic-Bold.ttf" : "NotoSansArabic-Regular.ttf")};
  for (const auto& file : {files.latin, files.arabic}) {
    if (!std::filesystem::is_regular_file(file)) {
      return std::unexpected("font file " + file.string() +
                             " not found (install Debian's fonts-noto-core or set paths.fonts in the config)");
    }
  }
  return files;
}

}  // namespace

std::expected<Fonts, std::string> loadFonts(const std::filesystem::path& folder, const Metrics& metrics,
                                            const std::vector<std::string>& shapedTexts) {
  auto regular = findFiles(folder, false);
  if (!regular) return std::unexpected(regular.error());
  auto bold = findFiles(folder, true);
  if (!bold) return std::unexpected(bold.error());

  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  atlas.Clear();
  // The ranges must outlive the atlas build; the atlas is built once per start, so a static is enough.
  static ImVector<ImWchar> textRanges;
  static ImVector<ImWchar> arabicRanges;
  textRanges.clear();
  arabicRanges.clear();
  ImFontGlyphRangesBuilder textGlyphs;
  textGlyphs.AddRanges(kLatinAndCyrillic);
  ImFontGlyphRangesBuilder arabicGlyphs;
  arabicGlyphs.AddRanges(kArabic);
  for (const std::string& text : shapedTexts) {
    textGlyphs.AddText(text.c_str());
    arabicGlyphs.AddText(text.c_str());
  }
  textGlyphs.BuildRanges(&textRanges);
  arabicGlyphs.BuildRanges(&arabicRanges);

  auto add = [&](const FontFiles& files, float size) -> ImFont* {
    ImFontConfig latin;
    latin.OversampleH = 2;
    latin.OversampleV = 1;
    ImFont* font = atlas.AddFontFromFileTTF(files.latin.c_str(), size, &latin, textRanges.Data);
    ImFontConfig merged = latin;
    merged.MergeMode = true;
    // Glyphs Noto Sans lacks (Arabic letters and their presentation forms) come from Noto Sans Arabic,
    // whose letters look about a third smaller at the same pixel size; the baseline stays the Latin one.
    atlas.AddFontFromFileTTF(files.arabic.c_str(), std::round(size * kArabicScale), &merged, arabicRanges.Data);
    return font;
  };

  Fonts fonts;
  fonts.text = add(*regular, metrics.textSize);
  fonts.strong = add(*bold, metrics.textSize);
  fonts.heading = add(*bold, std::round(metrics.textSize * 1.5F));
  fonts.display = add(*bold, std::round(metrics.textSize * 2.4F));
  if (fonts.text == nullptr || fonts.strong == nullptr || fonts.heading == nullptr || fonts.display == nullptr ||
      !atlas.Build()) {
    return std::unexpected("could not build the font atlas from " + folder.string());
  }
  return fonts;
}

}  // namespace foyer::screens
