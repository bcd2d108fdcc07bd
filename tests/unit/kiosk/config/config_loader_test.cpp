#include "kiosk/config/config_loader.hpp"

#include <gtest/gtest.h>

namespace foyer::config {
namespace {

const std::filesystem::path kSource = FOYER_SOURCE_DIR;

const char* kMinimal = R"(
[terminal]
id = "t1"

[[services]]
id = "a"
fee_cents = 500
title = { de = "A-de", en = "A-en" }
)";

ConfigError errorsOf(std::string_view text) {
  auto result = parseConfig(text, "/etc/foyer/foyer.toml");
  EXPECT_FALSE(result.has_value()) << "expected the config to be refused";
  return result ? ConfigError{} : result.error();
}

TEST(ConfigLoader, ShippedDefaultConfigIsValid) {
  auto config = loadConfig(kSource / "config" / "foyer.toml");
  ASSERT_TRUE(config) << config.error().describe();
  EXPECT_EQ(config->terminal.mode, TerminalMode::Office);
  EXPECT_EQ(config->ui.defaultLanguage, "de");
  EXPECT_GE(config->ui.languages.size(), 6U);
  EXPECT_FALSE(config->services.empty());
  EXPECT_EQ(config->paths.assets, (kSource / "assets").lexically_normal());
}

TEST(ConfigLoader, DefaultsFillWhatTheFileLeavesOut) {
  auto config = parseConfig(kMinimal, "/etc/foyer/foyer.toml");
  ASSERT_TRUE(config) << config.error().describe();
  EXPECT_EQ(config->display.renderer, Renderer::OpenGl3);
  EXPECT_EQ(config->ui.idleTimeout, std::chrono::seconds(60));
  EXPECT_EQ(config->services.at(0).feeCents, 500);
  EXPECT_EQ(config->services.at(0).title.in("de"), "A-de");
  EXPECT_EQ(config->services.at(0).title.in("ar"), "A-en") << "missing language falls back to English";
  EXPECT_EQ(config->paths.assets, std::filesystem::path("/etc/assets"));
}

TEST(ConfigLoader, WrongTypeNamesFileLineAndKey) {
  auto result = loadConfig(kSource / "tests/data/config/wrong_type.toml");
  ASSERT_FALSE(result);
  ASSERT_EQ(result.error().issues.size(), 1U);
  const ConfigIssue& issue = result.error().issues[0];
  EXPECT_EQ(issue.line, 5);
  EXPECT_EQ(issue.key, "ui.idle_timeout_s");
  EXPECT_NE(issue.describe().find("wrong_type.toml:5:"), std::string::npos) << issue.describe();
  EXPECT_NE(issue.describe().find("expected an integer, found a string"), std::string::npos) << issue.describe();
}

TEST(ConfigLoader, UnknownKeyIsAnErrorNotASilentDefault) {
  auto result = loadConfig(kSource / "tests/data/config/unknown_key.toml");
  ASSERT_FALSE(result);
  ASSERT_EQ(result.error().issues.size(), 1U);
  EXPECT_EQ(result.error().issues[0].key, "display.fulscreen");
  EXPECT_EQ(result.error().issues[0].line, 6);
  EXPECT_NE(result.error().describe().find("unknown key"), std::string::npos);
}

TEST(ConfigLoader, SyntaxErrorNamesTheLine) {
  auto result = loadConfig(kSource / "tests/data/config/syntax_error.toml");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().issues.at(0).line, 3);
  EXPECT_NE(result.error().describe().find("syntax_error.toml:3:"), std::string::npos) << result.error().describe();
}

TEST(ConfigLoader, MissingFileIsReportedNotThrown) {
  auto result = loadConfig("/nonexistent/foyer.toml");
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().describe().find("/nonexistent/foyer.toml: cannot open"), std::string::npos);
}

TEST(ConfigLoader, MissingRequiredKeysAreListed) {
  const ConfigError error = errorsOf("[terminal]\nmode = \"office\"\n[[services]]\nid = \"a\"\n");
  std::string all = error.describe();
  EXPECT_NE(all.find("terminal.id: required key is missing"), std::string::npos) << all;
  EXPECT_NE(all.find("services[0].fee_cents: required key is missing"), std::string::npos) << all;
  EXPECT_NE(all.find("services[0].title: required key is missing"), std::string::npos) << all;
}

TEST(ConfigLoader, ValuesOutOfRangeOrChoiceAreRefused) {
  const std::string base = std::string(kMinimal);
  EXPECT_NE(errorsOf(base + "[ui]\nidle_timeout_s = 2\n").describe().find("ui.idle_timeout_s: must be 10 to 3600"),
            std::string::npos);
  EXPECT_NE(errorsOf(base + "[display]\nrenderer = \"vulkan\"\n").describe().find("display.renderer"),
            std::string::npos);
  EXPECT_NE(errorsOf(base + "[ui]\nlanguages = [\"de\"]\ndefault_language = \"fr\"\n")
                .describe()
                .find("\"fr\" is not in ui.languages"),
            std::string::npos);
  EXPECT_NE(errorsOf(base + "[[services]]\nid = \"a\"\nfee_cents = 1\ntitle = \"dup\"\n")
                .describe()
                .find("used twice"),
            std::string::npos);
  EXPECT_NE(errorsOf(base + "[display]\nwidth = 99999999999\n").describe().find("display.width"), std::string::npos);
}

TEST(ConfigLoader, NotANumberIsOutOfRangeToo) {
  EXPECT_NE(errorsOf(std::string(kMinimal) + "[ui]\ntext_scale = nan\n").describe().find("ui.text_scale: must be"),
            std::string::npos);
}

TEST(ConfigLoader, ServiceIdsMustBePlainAndPresent) {
  const std::string service = "[terminal]\nid = \"t\"\n[[services]]\nfee_cents = 1\ntitle = \"T\"\nid = ";
  EXPECT_NE(errorsOf(service + "\"\"\n").describe().find("services[0].id: must be 1 to 64"), std::string::npos);
  EXPECT_NE(errorsOf(service + "\"Permit Ü\"\n").describe().find("services[0].id: must be"), std::string::npos);
}

TEST(ConfigLoader, MoreServicesThanFitOnTheScreenAreRefused) {
  std::string text = "[terminal]\nid = \"t\"\n";
  for (int i = 0; i < 11; ++i) {
    text += "[[services]]\nid = \"s" + std::to_string(i) + "\"\nfee_cents = 1\ntitle = \"T\"\n";
  }
  EXPECT_NE(errorsOf(text).describe().find("services: at most 10 services fit"), std::string::npos);
}

TEST(ConfigLoader, DocumentPathsAreResolvedButDevicesAndPipelinesStayAsWritten) {
  const std::string base = std::string(kMinimal) + "\n[document]\n";
  auto file = parseConfig(base + "camera = \"pictures/passport.jpg\"\ncsca = \"csca\"\n", "/etc/foyer/foyer.toml");
  ASSERT_TRUE(file) << file.error().describe();
  EXPECT_EQ(file->document.camera, "/etc/foyer/pictures/passport.jpg");
  EXPECT_EQ(file->document.csca, std::filesystem::path("/etc/foyer/csca"));
  auto device = parseConfig(base + "camera = \"/dev/video2\"\n", "/etc/foyer/foyer.toml");
  ASSERT_TRUE(device);
  EXPECT_EQ(device->document.camera, "/dev/video2");
  const std::string pipeline = "v4l2src device=/dev/video0 ! videoconvert ! appsink";
  auto gstreamer = parseConfig(base + "camera = \"" + pipeline + "\"\n", "/etc/foyer/foyer.toml");
  ASSERT_TRUE(gstreamer);
  EXPECT_EQ(gstreamer->document.camera, pipeline);
  EXPECT_EQ(gstreamer->document.mrzTimeout, std::chrono::seconds(20)) << "defaults stay";
}

TEST(ConfigLoader, DocumentTimesOutOfRangeAreRefusedByName) {
  const ConfigError error =
      errorsOf(std::string(kMinimal) + "\n[document]\nmrz_timeout_s = 1\nchip_wait_s = 600\nocr_interval_ms = -5\n");
  const std::string text = error.describe();
  EXPECT_NE(text.find("document.mrz_timeout_s"), std::string::npos) << text;
  EXPECT_NE(text.find("document.chip_wait_s"), std::string::npos) << text;
  EXPECT_NE(text.find("document.ocr_interval_ms"), std::string::npos) << text;
}

TEST(ConfigLoader, TheFaceModelIsOptionalAndItsThresholdACosine) {
  auto none = parseConfig(kMinimal, "/etc/foyer/foyer.toml");
  ASSERT_TRUE(none) << none.error().describe();
  EXPECT_TRUE(none->photo.faceModel.empty()) << "Foyer ships no face model: none unless configured";
  const std::string base = std::string(kMinimal) + "\n[photo]\n";
  auto set = parseConfig(base + "face_model = \"models/face.onnx\"\nface_match_threshold = 0.5\n", "/etc/foyer/foyer.toml");
  ASSERT_TRUE(set) << set.error().describe();
  EXPECT_EQ(set->photo.faceModel, std::filesystem::path("/etc/foyer/models/face.onnx"));
  EXPECT_EQ(set->photo.faceMatchThreshold, 0.5);
  const std::string text = errorsOf(base + "face_match_threshold = 1.5\n").describe();
  EXPECT_NE(text.find("photo.face_match_threshold"), std::string::npos) << text;
}

TEST(ConfigLoader, GarbageBytesNeverCrash) {
  const std::string garbage("\xff\xfe\x00[[[\x01=\"\n\x80", 12);
  auto result = parseConfig(garbage, "garbage.toml");
  EXPECT_FALSE(result);
}

}  // namespace
}  // namespace foyer::config
