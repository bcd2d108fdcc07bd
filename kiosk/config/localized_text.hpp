#pragma once
#include <map>
#include <string>
#include <string_view>

namespace foyer::config {

// A text written in several languages in the config file (service names, the office's name).
// Lookup falls back to English, then to any language present, so a half-translated entry still shows.
class LocalizedText {
 public:
  void set(std::string language, std::string text);
  [[nodiscard]] std::string_view in(std::string_view language) const;
  [[nodiscard]] bool empty() const { return m_texts.empty(); }
  [[nodiscard]] const std::map<std::string, std::string, std::less<>>& all() const { return m_texts; }

 private:
  std::map<std::string, std::string, std::less<>> m_texts;
};

}  // namespace foyer::config
