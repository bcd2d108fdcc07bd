#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "drivers/photo/station/captured_photo.hpp"

// The photo camera as the flow and the window see it: start an attempt, stop it; the newest frame for
// the live preview. Reports (guidance, the photo, failures) arrive as events on another thread.
namespace foyer::photo {

// A frame for the preview, as the camera sees it (the screen mirrors it): RGBA, possibly scaled down.
struct PreviewFrame {
  std::uint64_t serial = 0;  // grows with every frame: the window uploads only new ones
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;
  PreviewFrame() = default;
  PreviewFrame(const PreviewFrame&) = delete;
  PreviewFrame& operator=(const PreviewFrame&) = delete;
  ~PreviewFrame();  // wipes the pixels: they show the visitor's face
};

// The face the photo is compared with: the document chip's portrait (DG2), RGBA rows. Empty: none.
struct ReferenceFace {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;
  ReferenceFace() = default;
  ReferenceFace(ReferenceFace&&) noexcept = default;
  ReferenceFace& operator=(ReferenceFace&& other) noexcept {
    if (this != &other) {
      wipeBytes(rgba);
      width = other.width;
      height = other.height;
      rgba = std::move(other.rgba);
    }
    return *this;
  }
  ReferenceFace(const ReferenceFace&) = delete;
  ReferenceFace& operator=(const ReferenceFace&) = delete;
  ~ReferenceFace() { wipeBytes(rgba); }
  [[nodiscard]] bool empty() const { return rgba.empty(); }
};

class PhotoCamera {
 public:
  virtual ~PhotoCamera() = default;
  // Stops any attempt under way and starts a new one; returns its id (never 0). The photo it takes is
  // compared with `reference` (CapturedPhoto::faceMatch).
  virtual std::uint64_t start(ReferenceFace reference) = 0;
  virtual void stop() = 0;
  // The newest frame of the running attempt; nullptr when none runs or no frame came yet. Never waits
  // for the camera or the analysis.
  [[nodiscard]] virtual std::shared_ptr<const PreviewFrame> latestPreview() const = 0;
};

}  // namespace foyer::photo
