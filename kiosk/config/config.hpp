#pragma once
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "kiosk/config/localized_text.hpp"

namespace foyer::config {

enum class TerminalMode { Office, Showroom };
enum class Renderer { OpenGl3, SdlRenderer };

struct TerminalConfig {
  std::string id;
  TerminalMode mode = TerminalMode::Office;
  LocalizedText name;
  std::string currency = "EUR";
};

struct DisplayConfig {
  Renderer renderer = Renderer::OpenGl3;
  int width = 1920;  // window size when the kiosk does not own a whole display
  int height = 1080;
  bool fullscreen = true;
  bool vsync = true;
};

struct UiConfig {
  std::vector<std::string> languages;
  std::string defaultLanguage;
  std::chrono::seconds idleTimeout{60};
  std::chrono::seconds idleCountdown{20};
  std::chrono::seconds attractSlide{4};
  double textScale = 1.0;
};

struct PathsConfig {
  std::filesystem::path assets;  // resolved against the config file's folder
  std::filesystem::path fonts;
};

// The document station: a camera looking at the document for its MRZ, and a PC/SC reader for its chip.
struct DocumentConfig {
  // What cv::VideoCapture opens: "/dev/video0", a video or still image file (resolved against the config
  // file's folder), or a GStreamer pipeline (anything containing '!').
  std::string camera;
  std::string reader;                    // PC/SC reader name; empty: the first reader that has a card
  std::filesystem::path csca;            // trust anchors: a folder, a PEM file or a CSCA master list
  std::chrono::seconds mrzTimeout{20};   // no readable MRZ for this long: offer typing the data
  std::chrono::seconds chipWait{4};      // after the MRZ, how long to wait for a chip to answer
  std::chrono::milliseconds ocrInterval{150};  // at least this long between two frames read for the MRZ
};

struct ServiceConfig {
  std::string id;
  std::int64_t feeCents = 0;
  LocalizedText title;
  LocalizedText description;
};

struct Config {
  std::filesystem::path sourceFile;
  TerminalConfig terminal;
  DisplayConfig display;
  UiConfig ui;
  PathsConfig paths;
  DocumentConfig document;
  std::vector<ServiceConfig> services;

  [[nodiscard]] const ServiceConfig* findService(std::string_view id) const;
};

}  // namespace foyer::config
