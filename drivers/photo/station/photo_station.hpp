#pragma once
#include <chrono>
#include <filesystem>
#include <optional>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <variant>

#include <opencv2/core.hpp>

#include "drivers/photo/face_finder.hpp"
#include "drivers/photo/face_matcher.hpp"
#include "drivers/photo/icao_crop.hpp"
#include "drivers/photo/photo_limits.hpp"
#include "drivers/photo/photo_quality.hpp"
#include "drivers/photo/liveness.hpp"
#include "drivers/photo/station/photo_camera.hpp"
#include "drivers/photo/station/photo_events.hpp"

namespace foyer::photo {

using PhotoReport = std::variant<PhotoGuidance, PhotoTaken, PhotoFailed>;

struct PhotoSettings {
  std::string camera;  // FrameSource spec
  FaceModels models;
  QualityLimits limits;
  LivenessLimits liveness;
  bool requireLiveness = true;
  CropLayout crop;
  CapturedPhoto::Format format = CapturedPhoto::Format::Jpeg;
  int quality = 90;                               // JPEG quality, or JPEG 2000 compression ×1000
  int holdFrames = 5;                             // analysed frames in a row that must pass
  std::chrono::milliseconds frameTimeout{2000};   // no frame for this long: the camera is lost
  int previewWidth = 960;                         // preview frames wider than this are scaled down
  std::filesystem::path faceModel;                // face-embedding ONNX model; empty: no face match
  double faceMatchThreshold = kDefaultFaceMatchThreshold;  // similarity at or above: the same person
};

// The office terminal's photo station. Two worker threads: one takes frames from the camera as fast as
// it delivers them and keeps the newest (for the preview and the analysis); the other analyses the
// newest frame (faces, landmarks, criteria, liveness) and takes the photo when the rule is met. The
// preview therefore runs at the camera's rate whatever the analysis costs. `report` is called on the
// analysis thread and must only hand the value on.
class PhotoStation final : public PhotoCamera {
 public:
  using Report = std::function<void(PhotoReport)>;
  PhotoStation(PhotoSettings settings, Report report);
  ~PhotoStation() override;
  PhotoStation(const PhotoStation&) = delete;
  PhotoStation& operator=(const PhotoStation&) = delete;

  std::uint64_t start(ReferenceFace reference) override;
  void stop() override;
  [[nodiscard]] std::shared_ptr<const PreviewFrame> latestPreview() const override;

 private:
  void grab(const std::stop_token& stop);
  void analyse(const std::stop_token& stop);
  void finish(std::uint64_t id, PhotoReport report);  // reports and ends the attempt, if still current
  void reportIfActive(std::uint64_t id, PhotoReport report);
  PhotoTaken takePhoto(std::uint64_t id, const cv::Mat& frame, const CropPlan& plan, const QualityReport& quality,
                       LivenessSign sign) const;
  // The chip portrait's embedding for this attempt, or why there is none (analysis thread).
  void prepareReference(ReferenceFace reference);
  FaceMatch compareWithReference(const cv::Mat& frame, const FaceLandmarks& face);

  PhotoSettings m_settings;
  Report m_report;
  std::unique_ptr<FaceFinder> m_finder;  // analysis thread only
  std::optional<FaceMatcher> m_matcher;  // analysis thread only; empty: face match not available
  std::string m_matcherError;
  FaceEmbedding m_referenceEmbedding;    // of the running attempt's reference (analysis thread)
  FaceMatch m_referenceStatus;           // why m_referenceEmbedding is empty
  mutable std::mutex m_mutex;
  std::condition_variable_any m_wake;
  std::uint64_t m_lastId = 0;
  std::uint64_t m_activeId = 0;  // the attempt that may report; 0: none
  cv::Mat m_frame;               // the newest frame of the active attempt
  ReferenceFace m_reference;     // handed from start() to the analysis
  std::uint64_t m_frameSerial = 0;
  std::chrono::steady_clock::time_point m_lastFrameAt;
  std::shared_ptr<const PreviewFrame> m_preview;
  std::jthread m_grabber;
  std::jthread m_analyser;
};

}  // namespace foyer::photo
