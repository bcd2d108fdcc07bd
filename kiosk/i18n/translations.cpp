#include "kiosk/i18n/translations.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <spdlog/spdlog.h>
#include <toml++/toml.h>

#include "kiosk/config/toml_reader.hpp"

namespace foyer::i18n {
namespace {

using config::ConfigError;
using config::ConfigIssue;

// Catalogues are nested tables for the translator's comfort; the program sees flat dotted keys.
void flatten(const toml::table& table, const std::string& prefix, const std::string& file,
             std::unordered_map<std::string, std::string>& out, std::vector<ConfigIssue>& issues) {
  for (const auto& [key, node] : table) {
    const std::string path = prefix.empty() ? std::string(key.str()) : prefix + "." + std::string(key.str());
    if (const toml::table* sub = node.as_table()) {
      flatten(*sub, path, file, out, issues);
    } else if (auto text = node.value_exact<std::string>()) {
      out.insert_or_assign(path, *text);
    } else {
      issues.push_back(ConfigIssue{file, static_cast<int>(node.source().begin.line),
                                   static_cast<int>(node.source().begin.column), path,
                                   "expected a string, found " + std::string(config::typeName(node.type()))});
    }
  }
}

}  // namespace

std::expected<void, ConfigError> Translations::addCatalogue(std::string_view code, std::string_view text,
                                                            const std::string& file) {
  toml::table root;
  try {
    root = toml::parse(text, file);
  } catch (const toml::parse_error& error) {
    return std::unexpected(ConfigError{{ConfigIssue{file, static_cast<int>(error.source().begin.line),
                                                    static_cast<int>(error.source().begin.column), "",
                                                    std::string(error.description())}}});
  }
  std::vector<ConfigIssue> issues;
  Catalogue catalogue;
  catalogue.info.code = std::string(code);
  if (const toml::table* meta = root["meta"].as_table()) {
    config::TomlReader reader(*meta, "meta", file, issues);
    reader.read("name", catalogue.info.ownName, true);
    reader.read("english_name", catalogue.info.englishName, true);
    std::string direction = "ltr";
    reader.read("direction", direction);
    if (direction == "rtl") {
      catalogue.info.direction = Direction::RightToLeft;
    } else if (direction != "ltr") {
      reader.invalid("direction", "must be \"ltr\" or \"rtl\"");
    }
    reader.read("decimal_separator", catalogue.info.decimalSeparator);
    reader.read("group_separator", catalogue.info.groupSeparator);
    reader.read("currency_pattern", catalogue.info.currencyPattern);
    reader.finish();
  } else {
    issues.push_back(ConfigIssue{file, 1, 1, "meta", "the [meta] table is missing"});
  }
  for (const auto& [key, node] : root) {
    if (key.str() == "meta") continue;
    if (const toml::table* section = node.as_table()) {
      flatten(*section, std::string(key.str()), file, catalogue.texts, issues);
    } else if (auto value = node.value_exact<std::string>()) {
      catalogue.texts.insert_or_assign(std::string(key.str()), *value);
    }
  }
  if (!issues.empty()) return std::unexpected(ConfigError{std::move(issues)});
  if (!m_catalogues.contains(code)) m_order.emplace_back(code);
  m_catalogues.insert_or_assign(std::string(code), std::move(catalogue));
  return {};
}

std::expected<Translations, ConfigError> Translations::load(const std::filesystem::path& folder,
                                                            const std::vector<std::string>& languages) {
  Translations result;
  std::vector<std::string> wanted = languages;
  if (std::find(wanted.begin(), wanted.end(), kFallbackLanguage) == wanted.end()) {
    wanted.emplace_back(kFallbackLanguage);  // the fallback must exist even when not offered
  }
  ConfigError errors;
  for (const std::string& code : wanted) {
    const std::filesystem::path file = folder / (code + ".toml");
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      errors.issues.push_back(ConfigIssue{file.string(), 0, 0, "", "no catalogue for language \"" + code + "\""});
      continue;
    }
    std::ostringstream content;
    content << in.rdbuf();
    if (auto added = result.addCatalogue(code, content.str(), file.string()); !added) {
      for (auto& issue : added.error().issues) errors.issues.push_back(std::move(issue));
    }
  }
  if (!errors.issues.empty()) return std::unexpected(std::move(errors));
  // The picker shows the configured languages in the configured order, never the silent fallback.
  result.m_order = languages;
  return result;
}

const Translations::Catalogue* Translations::find(std::string_view code) const {
  auto it = m_catalogues.find(code);
  return it == m_catalogues.end() ? nullptr : &it->second;
}

std::string_view Translations::text(std::string_view language, std::string_view key) const {
  const Catalogue* catalogue = find(language);
  if (catalogue != nullptr) {
    if (auto it = catalogue->texts.find(std::string(key)); it != catalogue->texts.end()) return it->second;
  }
  const std::string reportKey = std::string(language) + ":" + std::string(key);
  const bool firstTime = m_reportedMissing.insert(reportKey).second;
  if (const Catalogue* fallback = find(kFallbackLanguage); fallback != nullptr && fallback != catalogue) {
    if (auto it = fallback->texts.find(std::string(key)); it != fallback->texts.end()) {
      if (firstTime) spdlog::warn("i18n: key '{}' missing in language '{}', showing English", key, language);
      return it->second;
    }
  }
  if (firstTime) spdlog::error("i18n: key '{}' missing in language '{}' and in English", key, language);
  return key;
}

const LanguageInfo& Translations::language(std::string_view code) const {
  if (const Catalogue* catalogue = find(code)) return catalogue->info;
  if (const Catalogue* fallback = find(kFallbackLanguage)) return fallback->info;
  static const LanguageInfo unknown{.code = "en", .ownName = "English", .englishName = "English"};
  return unknown;
}

std::vector<std::string> Translations::keys(std::string_view language) const {
  std::vector<std::string> result;
  if (const Catalogue* catalogue = find(language)) {
    for (const auto& [key, text] : catalogue->texts) result.push_back(key);
  }
  std::sort(result.begin(), result.end());
  return result;
}

std::vector<std::string_view> Translations::allTexts() const {
  std::vector<std::string_view> result;
  for (const auto& [code, catalogue] : m_catalogues) {
    result.emplace_back(catalogue.info.ownName);
    for (const auto& [key, text] : catalogue.texts) result.emplace_back(text);
  }
  return result;
}

}  // namespace foyer::i18n
