#pragma once
#include <expected>
#include <filesystem>
#include <string_view>

#include "kiosk/config/config.hpp"
#include "kiosk/config/config_error.hpp"

namespace foyer::config {

// Reads and validates a Foyer config file. Never throws: every problem (syntax, wrong type, unknown key,
// value out of range) comes back as a ConfigIssue naming the file, line and key.
std::expected<Config, ConfigError> loadConfig(const std::filesystem::path& file);

// The same for text already in memory; `file` names it in messages and anchors relative paths.
std::expected<Config, ConfigError> parseConfig(std::string_view text, const std::filesystem::path& file);

}  // namespace foyer::config
