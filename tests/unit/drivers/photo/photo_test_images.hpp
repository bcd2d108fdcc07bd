#pragma once
// The photo test pictures (tests/data/photo, made by make-test-images.sh) and the simulated camera's
// frames (assets/simulator/photo-camera), and one face finder for all photo tests.
#include <stdexcept>
#include <string>

#include <opencv2/imgcodecs.hpp>

#include "drivers/photo/face_finder.hpp"

namespace foyer::photo {

inline const FaceFinder& testFinder() {
  // The landmark model takes about a second to load: once for all tests.
  static const FaceFinder loaded = [] {
    auto found = FaceFinder::load(FaceModels{});
    if (!found) throw std::runtime_error(found.error());
    return std::move(*found);
  }();
  return loaded;
}

inline cv::Mat readOrThrow(const std::string& path) {
  cv::Mat image = cv::imread(path, cv::IMREAD_COLOR);
  if (image.empty()) throw std::runtime_error("cannot read " + path);
  return image;
}

inline cv::Mat testImage(const std::string& name) {
  return readOrThrow(std::string(FOYER_SOURCE_DIR) + "/tests/data/photo/" + name);
}

inline cv::Mat cameraFrame(const std::string& name) {
  return readOrThrow(std::string(FOYER_SOURCE_DIR) + "/assets/simulator/photo-camera/" + name);
}

}  // namespace foyer::photo
