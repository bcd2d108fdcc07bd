// The kiosk as a program: stopped by Ctrl-C, and worked with a real mouse on a real X server.
#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "tests/integration/child_process.hpp"

namespace foyer::testing {
namespace {

namespace fs = std::filesystem;

const std::string kKiosk = FOYER_KIOSK_BINARY;
const std::string kConfig = std::string(FOYER_SOURCE_DIR) + "/config/foyer.toml";

fs::path scratch(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("foyer-" + name + "-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

TEST(KioskProcess, CtrlCStopsTheHeadlessKioskCleanly) {
  const fs::path dir = scratch("sigint");
  ChildProcess kiosk({kKiosk, "--config", kConfig, "--screens-dir", (dir / "screens").string()},
                     {"SDL_VIDEODRIVER=offscreen", "ASAN_OPTIONS=detect_leaks=0", "JOURNAL_STREAM="}, dir / "output.txt");
  ASSERT_TRUE(waitUntil([&] { return fs::exists(dir / "screens" / "001-attract-de.png"); }, std::chrono::seconds(30)))
      << kiosk.output();
  EXPECT_EQ(kiosk.stop(SIGINT), 0) << kiosk.output();
  EXPECT_NE(kiosk.output().find("kiosk: stopped"), std::string::npos) << kiosk.output();
  fs::remove_all(dir);
}

TEST(KioskProcess, SigtermStopsTheKioskCleanly) {
  const fs::path dir = scratch("sigterm");
  ChildProcess kiosk({kKiosk, "--config", kConfig, "--screens-dir", (dir / "screens").string()},
                     {"SDL_VIDEODRIVER=offscreen", "ASAN_OPTIONS=detect_leaks=0", "JOURNAL_STREAM="}, dir / "output.txt");
  ASSERT_TRUE(waitUntil([&] { return fs::exists(dir / "screens" / "001-attract-de.png"); }, std::chrono::seconds(30)));
  EXPECT_EQ(kiosk.stop(SIGTERM), 0) << kiosk.output();
  fs::remove_all(dir);
}

// A real X server (Xvfb) and real pointer input (xdotool): the path a desktop or X11 terminal takes.
TEST(KioskProcess, MouseClickOnARealXServerStartsAVisit) {
  const fs::path dir = scratch("x11");
  // -displayfd makes Xvfb pick a free display and tell us which.
  const fs::path displayFile = dir / "display";
  ChildProcess xvfb({"/bin/sh", "-c", "exec Xvfb -displayfd 3 -screen 0 1280x720x24 -nolisten tcp 3>" +
                                          displayFile.string()},
                    {}, dir / "xvfb.txt");
  ASSERT_TRUE(waitUntil([&] { return fs::exists(displayFile) && fs::file_size(displayFile) > 0; },
                        std::chrono::seconds(30)))
      << "Xvfb did not start";
  std::string number;
  std::ifstream(displayFile) >> number;
  const std::string display = "DISPLAY=:" + number;

  ChildProcess kiosk({kKiosk, "--config", kConfig, "--screens-dir", (dir / "screens").string()},
                     {display, "ASAN_OPTIONS=detect_leaks=0", "JOURNAL_STREAM="}, dir / "kiosk.txt");
  ASSERT_TRUE(waitUntil([&] { return fs::exists(dir / "screens" / "001-attract-de.png"); }, std::chrono::seconds(30)))
      << kiosk.output();
  EXPECT_NE(kiosk.output().find("video driver 'x11'"), std::string::npos) << kiosk.output();

  const std::string click = display + " xdotool mousemove 640 360 click 1";
  ASSERT_EQ(std::system(click.c_str()), 0);
  EXPECT_TRUE(waitUntil([&] { return fs::exists(dir / "screens" / "002-language-de.png"); }, std::chrono::seconds(30)))
      << kiosk.output();
  EXPECT_EQ(kiosk.stop(SIGTERM), 0) << kiosk.output();
  xvfb.stop(SIGTERM);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace foyer::testing
