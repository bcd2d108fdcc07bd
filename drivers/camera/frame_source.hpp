#pragma once
#include <expected>
#include <memory>
#include <string>

#include <opencv2/core.hpp>

// Where camera frames come from. One string from the config chooses the source, so a terminal's camera
// and the simulator's recorded document or portrait take the same code path after opening.
namespace foyer::camera {

struct CameraError {
  enum class Kind {
    CannotOpen,  // no such device, file or pipeline; or no permission
    NoFrames,    // opened, but frames stopped (unplugged, end of a pipeline)
  };
  Kind kind = Kind::CannotOpen;
  std::string message;  // for logs and staff
};

class FrameSource {
 public:
  // "/dev/video0" (V4L2), a GStreamer pipeline (contains '!'), a video file or image sequence
  // ("frames/%03d.png"; both loop at their end), a scripted camera ("*.playlist", see frame_playlist.hpp),
  // or one still image (png, jpg, bmp, tif), given again on every call.
  static std::expected<std::unique_ptr<FrameSource>, CameraError> open(const std::string& spec);
  virtual ~FrameSource() = default;
  // The next frame (BGR or grey, as the source gives it). A camera blocks until it delivers one.
  virtual std::expected<cv::Mat, CameraError> next() = 0;
  [[nodiscard]] virtual bool still() const { return false; }  // the same picture every time
};

}  // namespace foyer::camera
