#include "kiosk/app/png_writer.hpp"

#include <stb/stb_image_write.h>

namespace foyer::app {

std::expected<void, std::string> writePng(const std::filesystem::path& file, const RgbaImage& image) {
  if (image.width <= 0 || image.height <= 0) return std::unexpected(std::string("empty image"));
  std::error_code error;
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), error);
  if (stbi_write_png(file.c_str(), image.width, image.height, 4, image.pixels.data(), image.width * 4) == 0) {
    return std::unexpected("cannot write " + file.string());
  }
  return {};
}

}  // namespace foyer::app
