#include "screens/widgets/text_layout.hpp"

#include <cstdio>

#include <imgui.h>

#include "kiosk/i18n/bidi_text.hpp"
#include "kiosk/visit/secure_wipe.hpp"

namespace foyer::screens {
namespace {

constexpr std::size_t kCacheLimit = 4096;  // a screen's worth of texts in every language, many times over

std::vector<std::string_view> splitParagraphs(std::string_view text) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find('\n', start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return parts;
}

}  // namespace

void TextLayout::forget() {
  while (!m_visual.empty()) {
    auto node = m_visual.extract(m_visual.begin());
    visit::secureWipe(node.key());
    visit::secureWipe(node.mapped());
  }
  while (!m_lines.empty()) {
    auto node = m_lines.extract(m_lines.begin());
    visit::secureWipe(node.key());
    for (std::string& line : node.mapped()) visit::secureWipe(line);
  }
}

const std::string& TextLayout::visual(std::string_view text, i18n::Direction direction) {
  std::string key(text);
  key.push_back(direction == i18n::Direction::RightToLeft ? '\x01' : '\x02');
  if (auto it = m_visual.find(key); it != m_visual.end()) return it->second;
  if (m_visual.size() > kCacheLimit) m_visual.clear();
  return m_visual.emplace(std::move(key), i18n::toVisualOrder(text, direction)).first->second;
}

float TextLayout::width(std::string_view visualText, ImFont* font, float size) const {
  return font->CalcTextSizeA(size, FLT_MAX, 0.0F, visualText.data(), visualText.data() + visualText.size()).x;
}

const std::vector<std::string>& TextLayout::lines(std::string_view text, ImFont* font, float size, float maxWidth,
                                                  i18n::Direction direction) {
  char tag[64];
  std::snprintf(tag, sizeof tag, "\x01%p|%.1f|%.1f|%d", static_cast<void*>(font), static_cast<double>(size),
                static_cast<double>(maxWidth), static_cast<int>(direction));
  std::string key = std::string(text) + tag;
  if (auto it = m_lines.find(key); it != m_lines.end()) return it->second;
  if (m_lines.size() > kCacheLimit) m_lines.clear();

  std::vector<std::string> result;
  for (std::string_view paragraph : splitParagraphs(text)) {
    std::string current;
    std::size_t start = 0;
    while (start <= paragraph.size()) {
      std::size_t end = paragraph.find(' ', start);
      if (end == std::string_view::npos) end = paragraph.size();
      const std::string_view word = paragraph.substr(start, end - start);
      std::string candidate = current.empty() ? std::string(word) : current + " " + std::string(word);
      if (!current.empty() && width(i18n::toVisualOrder(candidate, direction), font, size) > maxWidth) {
        result.push_back(i18n::toVisualOrder(current, direction));
        current = std::string(word);
      } else {
        current = std::move(candidate);
      }
      start = end + 1;
    }
    result.push_back(i18n::toVisualOrder(current, direction));
  }
  return m_lines.emplace(std::move(key), std::move(result)).first->second;
}

}  // namespace foyer::screens
