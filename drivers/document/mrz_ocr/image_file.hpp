#pragma once
#include <expected>
#include <filesystem>
#include <string>

#include <opencv2/core.hpp>

namespace foyer::document::mrz {

// An image file (PNG, JPEG, TIFF, PGM, ...) as stored: channels and depth untouched, for readMrz.
std::expected<cv::Mat, std::string> loadImageFile(const std::filesystem::path& file);

}  // namespace foyer::document::mrz
