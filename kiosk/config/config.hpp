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
  std::vector<ServiceConfig> services;

  [[nodiscard]] const ServiceConfig* findService(std::string_view id) const;
};

}  // namespace foyer::config
