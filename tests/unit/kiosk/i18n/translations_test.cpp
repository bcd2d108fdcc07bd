#include "kiosk/i18n/translations.hpp"

#include <memory>
#include <sstream>

#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include "kiosk/config/config_loader.hpp"

namespace foyer::i18n {
namespace {

const std::filesystem::path kCatalogues = std::filesystem::path(FOYER_SOURCE_DIR) / "assets" / "i18n";

// Captures what the code logs, to check that something is logged once, and never personal data.
class LogCapture {
 public:
  LogCapture() : m_previous(spdlog::default_logger()) {
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(m_out);
    spdlog::set_default_logger(std::make_shared<spdlog::logger>("capture", sink));
  }
  ~LogCapture() { spdlog::set_default_logger(m_previous); }
  std::string text() const { return m_out.str(); }

 private:
  std::ostringstream m_out;
  std::shared_ptr<spdlog::logger> m_previous;
};

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t found = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++found;
  return found;
}

TEST(Translations, EveryConfiguredLanguageHasEveryKeyGermanHas) {
  auto config = config::loadConfig(std::filesystem::path(FOYER_SOURCE_DIR) / "config" / "foyer.toml");
  ASSERT_TRUE(config);
  auto translations = Translations::load(kCatalogues, config->ui.languages);
  ASSERT_TRUE(translations) << translations.error().describe();
  const auto german = translations->keys("de");
  ASSERT_GT(german.size(), 30U);
  for (const std::string& language : config->ui.languages) {
    const auto keys = translations->keys(language);
    for (const std::string& key : german) {
      EXPECT_TRUE(std::binary_search(keys.begin(), keys.end(), key)) << language << " lacks " << key;
    }
    EXPECT_FALSE(translations->language(language).ownName.empty()) << language;
  }
  EXPECT_TRUE(translations->language("ar").rtl());
  EXPECT_FALSE(translations->language("tr").rtl());
}

TEST(Translations, MissingKeyFallsBackToEnglishAndIsLoggedOnce) {
  Translations translations;
  ASSERT_TRUE(translations.addCatalogue("en", "[meta]\nname=\"English\"\nenglish_name=\"English\"\n"
                                              "[nav]\nback=\"Back\"\nhelp=\"Help\"\n", "en.toml"));
  ASSERT_TRUE(translations.addCatalogue("tr", "[meta]\nname=\"Türkçe\"\nenglish_name=\"Turkish\"\n"
                                              "[nav]\nback=\"Geri\"\n", "tr.toml"));
  LogCapture log;
  EXPECT_EQ(translations.text("tr", "nav.back"), "Geri");
  EXPECT_EQ(translations.text("tr", "nav.help"), "Help");
  EXPECT_EQ(translations.text("tr", "nav.help"), "Help");
  EXPECT_EQ(count(log.text(), "nav.help"), 1U) << log.text();
  EXPECT_EQ(translations.text("tr", "no.such.key"), "no.such.key") << "unknown keys show, never a blank";
}

TEST(Translations, BrokenCatalogueNamesFileAndLine) {
  Translations translations;
  auto result = translations.addCatalogue("xx", "[meta]\nname = \"X\"\nenglish_name = \"X\"\n[nav]\nback = 3\n",
                                          "xx.toml");
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().describe().find("xx.toml:5:"), std::string::npos) << result.error().describe();
  EXPECT_NE(result.error().describe().find("nav.back"), std::string::npos);
}

TEST(Translations, MissingCatalogueIsAnError) {
  auto result = Translations::load(kCatalogues, {"de", "zz"});
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().describe().find("zz.toml"), std::string::npos);
}

}  // namespace
}  // namespace foyer::i18n
