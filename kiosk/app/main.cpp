// foyer-kiosk: the terminal's full-screen program. See README.md and docs/ for how it is run.
#include <charconv>
#include <cstdlib>
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "kiosk/app/kiosk_app.hpp"
#include "kiosk/app/logging.hpp"
#include "kiosk/config/config_loader.hpp"

namespace {

constexpr int kExitConfig = 2;
constexpr int kExitStartup = 3;

bool parseSize(const std::string& text, int& width, int& height) {
  const char* end = text.data() + text.size();
  auto [afterWidth, widthError] = std::from_chars(text.data(), end, width);
  if (widthError != std::errc() || afterWidth == end || *afterWidth != 'x') return false;
  auto [afterHeight, heightError] = std::from_chars(afterWidth + 1, end, height);
  return heightError == std::errc() && afterHeight == end && width >= 320 && width <= 7680 && height >= 240 &&
         height <= 7680;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"Foyer kiosk: the self-service terminal's touch-screen program.\n"
               "With a display it runs full screen; without one it runs headless and writes a PNG of\n"
               "every new screen to --screens-dir. Ctrl-C (SIGINT) or SIGTERM stop it cleanly."};
  const char* envConfig = std::getenv("FOYER_CONFIG");
  std::string configFile = envConfig != nullptr ? envConfig : "config/foyer.toml";
  std::string screensDir;
  std::string videoDriver;
  std::string size;
  long frames = 0;
  bool checkOnly = false;
  bool verbose = false;
  cli.add_option("-c,--config", configFile, "Config file (default: $FOYER_CONFIG or config/foyer.toml)");
  cli.add_option("--screens-dir", screensDir,
                 "Write a PNG of each new screen here (default when headless: run/screens; with a display: "
                 "only when given, for diagnosis: screens can show personal data)");
  cli.add_option("--video-driver", videoDriver,
                 "SDL video driver (kmsdrm, x11, wayland, offscreen); default: $SDL_VIDEODRIVER, a display, "
                 "else offscreen");
  cli.add_option("--size", size, "Window size WIDTHxHEIGHT instead of the config's (e.g. 1080x1920)");
  cli.add_option("--frames", frames, "Stop after this many frames (smoke tests); 0 runs until stopped");
  cli.add_flag("--check-config", checkOnly, "Validate the config file and the UI texts, then exit");
  cli.add_flag("-v,--verbose", verbose, "Log debug messages");
  cli.set_version_flag("--version", std::string("foyer-kiosk ") + FOYER_VERSION);
  CLI11_PARSE(cli, argc, argv);
  foyer::app::setUpLogging(verbose);

  auto config = foyer::config::loadConfig(configFile);
  if (!config) {
    std::cerr << "foyer-kiosk: the config file is broken; the kiosk does not start:\n"
              << config.error().describe() << '\n';
    return kExitConfig;
  }

  foyer::app::AppOptions options;
  options.screensDir = screensDir;
  options.config = std::move(*config);
  options.videoDriver = videoDriver;
  if (!size.empty()) {
    int width = 0;
    int height = 0;
    if (!parseSize(size, width, height)) {
      std::cerr << "foyer-kiosk: --size wants WIDTHxHEIGHT, e.g. 1920x1080\n";
      return kExitConfig;
    }
    options.width = width;
    options.height = height;
  }
  if (checkOnly) options.videoDriver = "offscreen";

  auto app = foyer::app::KioskApp::create(std::move(options));
  if (!app) {
    std::cerr << "foyer-kiosk: cannot start: " << app.error() << '\n';
    return app.error().find("UI texts") != std::string::npos ? kExitConfig : kExitStartup;
  }
  if (checkOnly) {
    std::cout << "foyer-kiosk: " << configFile << " and the UI texts are valid\n";
    return EXIT_SUCCESS;
  }
  if ((*app)->headless()) {
    if (screensDir.empty()) screensDir = "run/screens";
    std::cout << "foyer-kiosk: running headless (video driver '" << (*app)->videoDriver()
              << "', no screen to show on).\n  Every new screen is written as a PNG to " << screensDir
              << "/ — Ctrl-C stops the kiosk." << std::endl;
  } else if (!screensDir.empty()) {
    std::cout << "foyer-kiosk: writing a PNG of every new screen to " << screensDir << "/" << std::endl;
  }
  (*app)->writeScreensTo(screensDir);
  for (long frame = 0; (*app)->running() && (frames == 0 || frame < frames); ++frame) {
    (*app)->frame();
    (*app)->waitForNextFrame();
  }
  spdlog::info("kiosk: stopped");
  return EXIT_SUCCESS;
}
