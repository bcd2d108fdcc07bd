#include <fstream>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include "drivers/printer/render/paper_renderer.hpp"

namespace foyer::printer::render {

std::expected<std::vector<std::uint8_t>, std::string> encodePng(const PaperImage& image) {
  if (image.width <= 0 || image.height <= 0 ||
      image.grey.size() != static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height)) {
    return std::unexpected("no picture to encode");
  }
  const cv::Mat wrapped(image.height, image.width, CV_8UC1, const_cast<std::uint8_t*>(image.grey.data()));
  std::vector<std::uint8_t> png;
  try {
    if (!cv::imencode(".png", wrapped, png)) return std::unexpected("PNG encoding failed");
  } catch (const cv::Exception& error) {
    return std::unexpected(std::string("PNG encoding failed: ") + error.what());
  }
  return png;
}

std::expected<void, std::string> writePng(const PaperImage& image, const std::filesystem::path& file) {
  auto png = encodePng(image);
  if (!png) return std::unexpected(png.error());
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(png->data()), static_cast<std::streamsize>(png->size()));
  out.close();
  if (!out) return std::unexpected("cannot write " + file.string());
  return {};
}

}  // namespace foyer::printer::render
