#pragma once
#include <expected>
#include <filesystem>
#include <string>

#include "kiosk/app/render_backend.hpp"

namespace foyer::app {

std::expected<void, std::string> writePng(const std::filesystem::path& file, const RgbaImage& image);

}  // namespace foyer::app
