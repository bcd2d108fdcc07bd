#pragma once
#include <expected>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kiosk/config/config_error.hpp"
#include "kiosk/i18n/language_info.hpp"

namespace foyer::i18n {

// The UI texts of every configured language, read from assets/i18n/<code>.toml.
// A key missing in a language falls back to English and is logged once per language and key;
// a key missing everywhere shows as the key itself, so the screen never goes blank.
class Translations {
 public:
  static constexpr std::string_view kFallbackLanguage = "en";

  static std::expected<Translations, config::ConfigError> load(const std::filesystem::path& folder,
                                                               const std::vector<std::string>& languages);

  [[nodiscard]] std::string_view text(std::string_view language, std::string_view key) const;
  [[nodiscard]] const LanguageInfo& language(std::string_view code) const;
  [[nodiscard]] const std::vector<std::string>& languages() const { return m_order; }
  [[nodiscard]] std::vector<std::string> keys(std::string_view language) const;
  // Every text of every language, for building the font's glyph set.
  [[nodiscard]] std::vector<std::string_view> allTexts() const;

  // Adds or replaces a catalogue from TOML text (tests and tools); `file` names it in messages.
  std::expected<void, config::ConfigError> addCatalogue(std::string_view code, std::string_view toml,
                                                        const std::string& file);

 private:
  struct Catalogue {
    LanguageInfo info;
    std::unordered_map<std::string, std::string> texts;
  };
  const Catalogue* find(std::string_view code) const;

  std::map<std::string, Catalogue, std::less<>> m_catalogues;
  std::vector<std::string> m_order;
  mutable std::set<std::string, std::less<>> m_reportedMissing;
};

}  // namespace foyer::i18n
