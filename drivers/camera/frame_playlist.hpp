#pragma once
#include <chrono>
#include <expected>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "drivers/camera/frame_source.hpp"
#include "drivers/camera/playlist.hpp"

// A scripted camera: still pictures shown for a number of frames each, at a steady frame rate, in a loop.
// It stands in for the photo camera in the simulator and in tests (a visitor stepping closer, moving to
// the middle, holding still, blinking). A text file, one entry per line, '#' starts a comment:
//   fps 15
//   far.jpg 15        ← picture (relative to the file) and how many frames it lasts
//   still.jpg 10
namespace foyer::camera {

// Opens every picture once and delivers frames paced at the playlist's rate, as a camera would.
std::expected<std::unique_ptr<FrameSource>, CameraError> openPlaylist(const std::filesystem::path& file);

}  // namespace foyer::camera
