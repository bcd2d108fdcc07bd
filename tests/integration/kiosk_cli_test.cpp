// The kiosk binary itself: a broken config stops it with a clear message and exit code 2, never a crash.
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "tests/integration/child_process.hpp"

namespace {

using ProcessResult = foyer::testing::CommandResult;

ProcessResult runKiosk(const std::string& arguments) {
  // Leak checks are for the in-process tests: here Mesa's unloaded GL driver would fail every run.
  return foyer::testing::runCommand("SDL_VIDEODRIVER=offscreen ASAN_OPTIONS=detect_leaks=0 JOURNAL_STREAM= " +
                                    std::string(FOYER_KIOSK_BINARY) + " " + arguments);
}

const std::string kData = std::string(FOYER_SOURCE_DIR) + "/tests/data/config/";

TEST(KioskCli, BrokenConfigRefusesToStartNamingFileLineAndKey) {
  const ProcessResult run = runKiosk("--config " + kData + "wrong_type.toml");
  EXPECT_EQ(run.exitCode, 2) << run.output;
  EXPECT_NE(run.output.find("wrong_type.toml:5:"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("ui.idle_timeout_s"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("does not start"), std::string::npos) << run.output;
}

TEST(KioskCli, UnparsableConfigRefusesToStart) {
  const ProcessResult run = runKiosk("--config " + kData + "syntax_error.toml");
  EXPECT_EQ(run.exitCode, 2) << run.output;
  EXPECT_NE(run.output.find("syntax_error.toml:3:"), std::string::npos) << run.output;
}

TEST(KioskCli, MissingConfigRefusesToStart) {
  const ProcessResult run = runKiosk("--config /nonexistent/foyer.toml");
  EXPECT_EQ(run.exitCode, 2) << run.output;
  EXPECT_NE(run.output.find("cannot open"), std::string::npos) << run.output;
}

TEST(KioskCli, MalformedSizeIsRefused) {
  for (const char* size : {"1920x", "1920x1080junk", "99999999999x1080", "x", "-5x100"}) {
    const ProcessResult run = runKiosk(std::string("--size ") + size + " --config " + std::string(FOYER_SOURCE_DIR) +
                                       "/config/foyer.toml");
    EXPECT_EQ(run.exitCode, 2) << size << ": " << run.output;
    EXPECT_NE(run.output.find("--size wants"), std::string::npos) << size << ": " << run.output;
  }
}

TEST(KioskCli, CheckConfigAcceptsTheShippedConfig) {
  const ProcessResult run = runKiosk("--check-config --config " + std::string(FOYER_SOURCE_DIR) + "/config/foyer.toml");
  EXPECT_EQ(run.exitCode, 0) << run.output;
  EXPECT_NE(run.output.find("valid"), std::string::npos) << run.output;
}

TEST(KioskCli, HeadlessRunWritesTheWelcomeScreen) {
  const std::string dir = std::filesystem::temp_directory_path().string() + "/foyer-cli-screens";
  std::filesystem::remove_all(dir);
  const ProcessResult run = runKiosk("--frames 5 --screens-dir " + dir + " --config " + std::string(FOYER_SOURCE_DIR) +
                           "/config/foyer.toml");
  EXPECT_EQ(run.exitCode, 0) << run.output;
  EXPECT_TRUE(std::filesystem::exists(dir + "/001-attract-de.png")) << run.output;
  EXPECT_NE(run.output.find("headless"), std::string::npos) << run.output;
  std::filesystem::remove_all(dir);
}

}  // namespace
