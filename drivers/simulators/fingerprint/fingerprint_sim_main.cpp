// foyer-fingerprint-sim: synthetic fingerprints, and a simulated finger on libfprint's virtual_image scanner.
#include <CLI/CLI.hpp>

#include <chrono>
#include <iostream>
#include <thread>

#include <opencv2/imgcodecs.hpp>

#include "drivers/simulators/fingerprint/synthetic_print.hpp"
#include "drivers/simulators/fingerprint/virtual_image_link.hpp"

namespace {

using namespace foyer::simulators::fingerprint;

int makePrint(const PrintSpec& spec, const std::string& output) {
  const cv::Mat print = synthesizePrint(spec);
  if (!cv::imwrite(output, print)) {
    std::cerr << "foyer-fingerprint-sim: cannot write " << output << '\n';
    return 2;
  }
  return 0;
}

struct FeedOptions {
  std::string socket;
  std::vector<std::string> images;
  int delayMs = 1500;
  int waitMs = 30000;
  bool loop = false;
  int unplugAfter = 0;
};

int feed(const FeedOptions& options) {
  std::vector<std::vector<std::uint8_t>> messages;
  for (const std::string& file : options.images) {
    const cv::Mat grey = cv::imread(file, cv::IMREAD_GRAYSCALE);
    auto message = imageMessage(grey);
    if (message.empty()) {
      std::cerr << "foyer-fingerprint-sim: " << file << " is no readable image of at most 5000 x 5000\n";
      return 2;
    }
    messages.push_back(std::move(message));
  }
  int placed = 0;
  do {
    for (const auto& message : messages) {
      // A visitor takes a moment to place the finger. Each placement is a new connection: the scanner
      // reads a new connection's bytes only when it next captures, so no print arrives between captures.
      std::this_thread::sleep_for(std::chrono::milliseconds(options.delayMs));
      VirtualImageLink link = VirtualImageLink::connect(options.socket, options.waitMs);
      if (!link.connected()) {
        std::cerr << "foyer-fingerprint-sim: no scanner socket at " << options.socket << " (is the device open?)\n";
        return 1;
      }
      if (options.unplugAfter > 0 && placed == options.unplugAfter) {
        link.send(commandMessage(ScannerCommand::Unplug));
        std::cout << "unplugged after " << placed << " prints\n";
        return 0;
      }
      if (!link.send(message)) {
        std::cerr << "foyer-fingerprint-sim: the scanner closed the connection\n";
        return 1;
      }
      ++placed;
    }
  } while (options.loop);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"foyer-fingerprint-sim: synthetic fingerprints (no real person's finger) and a simulated finger on\n"
               "libfprint's virtual_image scanner (the kiosk opens it when FP_VIRTUAL_IMAGE names a socket)."};
  app.require_subcommand(1);

  PrintSpec spec;
  std::string output;
  float coreX = spec.core.x;
  float coreY = spec.core.y;
  float deltaX = spec.delta.x;
  float deltaY = spec.delta.y;
  CLI::App* make = app.add_subcommand("make", "Write a synthetic 500 ppi flat fingerprint as an image file");
  make->add_option("-o,--output", output, "Image file to write (PNG)")->required();
  make->add_option("--seed", spec.seed, "Random seed: a different seed, a different finger")->capture_default_str();
  make->add_option("--width", spec.width, "Pixels")->capture_default_str()->check(CLI::Range(64, 2000));
  make->add_option("--height", spec.height, "Pixels")->capture_default_str()->check(CLI::Range(64, 2000));
  make->add_option("--core-x", coreX, "Core position, share of the width")->capture_default_str();
  make->add_option("--core-y", coreY, "Core position, share of the height")->capture_default_str();
  make->add_option("--delta-x", deltaX, "Delta position, share of the width (-1: none, an arch)")->capture_default_str();
  make->add_option("--delta-y", deltaY, "Delta position, share of the height")->capture_default_str();
  make->add_option("--rotate", spec.rotationDegrees, "Turn the ridge flow by degrees")->capture_default_str();
  make->add_option("--period", spec.ridgePeriod, "Ridge period in pixels")->capture_default_str()->check(CLI::Range(4.0, 30.0));

  FeedOptions feedOptions;
  CLI::App* feedApp = app.add_subcommand("feed", "Place fingerprint images on the virtual_image scanner, one per capture");
  feedApp->add_option("--socket", feedOptions.socket, "The scanner's socket (the kiosk's FP_VIRTUAL_IMAGE)")->required();
  feedApp->add_option("IMAGES", feedOptions.images, "Images to place, in order")->required()->check(CLI::ExistingFile);
  feedApp->add_option("--delay-ms", feedOptions.delayMs, "Pause before each placement")->capture_default_str();
  feedApp->add_option("--wait-ms", feedOptions.waitMs, "How long to wait for the scanner's socket")->capture_default_str();
  feedApp->add_flag("--loop", feedOptions.loop, "Start again after the last image (a visitor after a visitor)");
  feedApp->add_option("--unplug-after", feedOptions.unplugAfter, "Unplug the scanner after this many prints (fault injection)");

  CLI11_PARSE(app, argc, argv);
  if (make->parsed()) {
    spec.core = {coreX, coreY};
    spec.delta = {deltaX, deltaY};
    return makePrint(spec, output);
  }
  return feed(feedOptions);
}
