#include "drivers/document/mrz_ocr/image_file.hpp"

#include <opencv2/imgcodecs.hpp>

namespace foyer::document::mrz {

std::expected<cv::Mat, std::string> loadImageFile(const std::filesystem::path& file) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) return std::unexpected(file.string() + ": no such file");
  try {
    cv::Mat image = cv::imread(file.string(), cv::IMREAD_ANYDEPTH | cv::IMREAD_ANYCOLOR);
    if (image.empty()) return std::unexpected(file.string() + ": not an image file OpenCV can read");
    return image;
  } catch (const cv::Exception& e) {
    return std::unexpected(file.string() + ": " + e.what());
  }
}

}  // namespace foyer::document::mrz
