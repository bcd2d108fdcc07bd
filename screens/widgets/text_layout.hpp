#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kiosk/i18n/language_info.hpp"

struct ImFont;

namespace foyer::screens {

// Breaks text into lines that fit a width and puts each line into visual order (bidi + Arabic joining).
// Lines are broken in logical order first and reordered one by one, which is the only correct order for
// right-to-left text. Results are cached: the same texts are drawn every frame.
class TextLayout {
 public:
  const std::vector<std::string>& lines(std::string_view text, ImFont* font, float size, float width,
                                        i18n::Direction direction);
  const std::string& visual(std::string_view text, i18n::Direction direction);
  float width(std::string_view visualText, ImFont* font, float size) const;
  // Overwrites and drops every cached text: called when a visit ends, so what one visitor's screens showed
  // (later: names, document numbers) does not stay in memory for the next.
  void forget();

 private:
  std::unordered_map<std::string, std::vector<std::string>> m_lines;
  std::unordered_map<std::string, std::string> m_visual;
};

}  // namespace foyer::screens
