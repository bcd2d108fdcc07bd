#include "kiosk/config/localized_text.hpp"

namespace foyer::config {

void LocalizedText::set(std::string language, std::string text) {
  m_texts.insert_or_assign(std::move(language), std::move(text));
}

std::string_view LocalizedText::in(std::string_view language) const {
  if (auto it = m_texts.find(language); it != m_texts.end()) return it->second;
  if (auto it = m_texts.find("en"); it != m_texts.end()) return it->second;
  if (!m_texts.empty()) return m_texts.begin()->second;
  return {};
}

}  // namespace foyer::config
