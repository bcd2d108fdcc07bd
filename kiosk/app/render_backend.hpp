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
  // An image for ImGui::Image (the visitor's portrait). The id is what ImGui takes as ImTextureID.
  virtual void* createTexture(const RgbaImage& image) = 0;
  // New pixels for a texture of the same size (the camera preview, every frame).
  virtual void updateTexture(void* texture, int width, int height, const std::uint8_t* rgba) = 0;
  // Overwrites the texture's pixels, then frees it: it may have shown personal data.
  virtual void destroyTexture(void* texture, int width, int height) = 0;
};

}  // namespace foyer::app
