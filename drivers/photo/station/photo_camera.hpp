#pragma once
#include <cstdint>
#include <memory>
#include <vector>

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

class PhotoCamera {
 public:
  virtual ~PhotoCamera() = default;
  // Stops any attempt under way and starts a new one; returns its id (never 0).
  virtual std::uint64_t start() = 0;
  virtual void stop() = 0;
  // The newest frame of the running attempt; nullptr when none runs or no frame came yet. Never waits
  // for the camera or the analysis.
  [[nodiscard]] virtual std::shared_ptr<const PreviewFrame> latestPreview() const = 0;
};

}  // namespace foyer::photo
