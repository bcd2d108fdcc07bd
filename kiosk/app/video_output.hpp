#pragma once
#include <expected>
#include <memory>
#include <string>

#include <SDL.h>

#include "kiosk/app/render_backend.hpp"
#include "kiosk/config/config.hpp"

namespace foyer::app {

struct VideoRequest {
  config::DisplayConfig display;
  std::string driver;  // empty: SDL_VIDEODRIVER or SDL's choice, then "offscreen" when no display exists
};

// The SDL video subsystem, the window and the render backend, opened together and closed in reverse.
// ImGui's context must exist before open() (the backends register with it).
class VideoOutput {
 public:
  static std::expected<std::unique_ptr<VideoOutput>, std::string> open(const VideoRequest& request);
  ~VideoOutput();
  VideoOutput(const VideoOutput&) = delete;
  VideoOutput& operator=(const VideoOutput&) = delete;

  [[nodiscard]] const std::string& driver() const { return m_driver; }
  // No screen anybody looks at: tests, servers. Screens are then written as PNG files instead.
  [[nodiscard]] bool headless() const { return m_driver == "offscreen" || m_driver == "dummy"; }
  [[nodiscard]] SDL_Window* window() const { return m_window; }
  [[nodiscard]] RenderBackend& backend() { return *m_backend; }
  void windowSize(int& width, int& height) const { SDL_GetWindowSize(m_window, &width, &height); }

 private:
  VideoOutput() = default;
  std::string m_driver;
  SDL_Window* m_window = nullptr;
  std::unique_ptr<RenderBackend> m_backend;
};

}  // namespace foyer::app
