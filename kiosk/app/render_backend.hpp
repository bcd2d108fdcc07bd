#pragma once
#include <cstdint>
#include <vector>

struct ImDrawData;

namespace foyer::app {

struct RgbaImage {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> pixels;  // rows top to bottom, 4 bytes per pixel
};

// Draws ImGui's output with one graphics API. Chosen by config (display.renderer).
class RenderBackend {
 public:
  virtual ~RenderBackend() = default;
  [[nodiscard]] virtual const char* name() const = 0;
  virtual void newFrame() = 0;
  virtual void render(ImDrawData* data, const float clear[4]) = 0;
  // The frame just rendered, before it is presented.
  virtual RgbaImage readPixels() = 0;
  virtual void present() = 0;
};

}  // namespace foyer::app
