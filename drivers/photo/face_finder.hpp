#pragma once
#include <expected>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "drivers/photo/face_landmarks.hpp"

namespace foyer::photo {

struct FaceModels {
  // OpenCV's LBP frontal face cascade (Debian's opencv-data).
  std::filesystem::path cascade = "/usr/share/opencv4/lbpcascades/lbpcascade_frontalface_improved.xml";
  // dlib's 68-point shape predictor (Debian's libdlib-data). Trained on iBUG 300-W, whose licence excludes
  // commercial use: an operator must clear that or configure another model of the same layout.
  std::filesystem::path landmarks = "/usr/share/dlib/shape_predictor_68_face_landmarks.dat";
};

// Finds faces and their landmarks. Detection runs on a copy shrunk to at most `detectWidth` pixels wide
// (LBP at 640 px wide takes a few ms; at 1280 it is several times slower), landmarks on the full frame.
// Loading the landmark model takes about a second: load once and share; const methods are thread-safe.
class FaceFinder {
 public:
  static std::expected<FaceFinder, std::string> load(const FaceModels& models, int detectWidth = 640);
  FaceFinder(FaceFinder&&) noexcept;
  FaceFinder& operator=(FaceFinder&&) noexcept;
  ~FaceFinder();

  // Every face, largest first. `frame`: 8-bit grey, BGR or BGRA.
  [[nodiscard]] std::vector<FaceLandmarks> find(const cv::Mat& frame) const;

 private:
  struct Models;
  explicit FaceFinder(std::unique_ptr<Models> models);
  std::unique_ptr<Models> m_models;
};

}  // namespace foyer::photo
