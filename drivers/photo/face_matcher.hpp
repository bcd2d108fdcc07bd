#pragma once
#include <array>
#include <expected>
#include <filesystem>
#include <memory>
#include <string>

#include <opencv2/core.hpp>

#include "drivers/photo/face_landmarks.hpp"
#include "drivers/photo/photo_limits.hpp"  // kDefaultFaceMatchThreshold

// Face against face (the live photo against the chip's DG2 portrait): a face-embedding network turns an
// aligned face into a vector; two vectors' cosine says how alike the faces are. No such network ships
// with Debian and the ones on hand have no clear licence, so the model is the operator's choice
// (photo.face_model). Landmark geometry or LBP histograms are no substitute: across different photos of
// the same person they measure at chance level (../docs/photo.md).
namespace foyer::photo {

// The five points the standard 112x112 alignment template is made of, in its order: the eye centres
// (the frame's left first), the nose tip, the mouth corners (the frame's left first).
std::array<cv::Point2f, 5> alignmentPoints(const FaceLandmarks& face);

// A face as the network sees it. Biometric data: wipe() when done; the destructor does it too.
class FaceEmbedding {
 public:
  FaceEmbedding() = default;
  explicit FaceEmbedding(cv::Mat values);
  FaceEmbedding(FaceEmbedding&& other) noexcept;
  FaceEmbedding& operator=(FaceEmbedding&& other) noexcept;
  FaceEmbedding(const FaceEmbedding&) = delete;
  FaceEmbedding& operator=(const FaceEmbedding&) = delete;
  ~FaceEmbedding();
  void wipe();
  [[nodiscard]] bool empty() const { return m_values.empty(); }
  [[nodiscard]] const cv::Mat& values() const { return m_values; }

 private:
  cv::Mat m_values;  // 1 x N, 32-bit float
};

// Cosine similarity of two embeddings, -1 to 1 (same face: high). 0 when either is empty or they differ in size.
double similarity(const FaceEmbedding& a, const FaceEmbedding& b);

// An ONNX face-embedding model with a 1x3x112x112 RGB input scaled to (x - 127) / 128, loaded with
// OpenCV's DNN (FaceRecognizerSF). Not thread-safe: one thread embeds.
class FaceMatcher {
 public:
  static std::expected<FaceMatcher, std::string> load(const std::filesystem::path& model);
  FaceMatcher(FaceMatcher&&) noexcept;
  FaceMatcher& operator=(FaceMatcher&&) noexcept;
  ~FaceMatcher();

  // The embedding of `face` in `image` (8-bit grey, BGR or BGRA); empty if the network fails.
  [[nodiscard]] FaceEmbedding embed(const cv::Mat& image, const FaceLandmarks& face);

 private:
  struct Network;
  explicit FaceMatcher(std::unique_ptr<Network> network);
  std::unique_ptr<Network> m_network;
};

}  // namespace foyer::photo
