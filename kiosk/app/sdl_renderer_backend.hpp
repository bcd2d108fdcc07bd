#pragma once
#include <expected>
#include <memory>
#include <string>

#include <SDL.h>

#include "kiosk/app/render_backend.hpp"

namespace foyer::app {

// SDL's own 2D renderer: works where OpenGL does not (software rendering, odd drivers).
class SdlRendererBackend final : public RenderBackend {
 public:
  static std::expected<std::unique_ptr<SdlRendererBackend>, std::string> create(SDL_Window* window, bool vsync);
  ~SdlRendererBackend() override;
  [[nodiscard]] const char* name() const override { return "sdl"; }
  void newFrame() override;
  void render(ImDrawData* data, const float clear[4]) override;
  RgbaImage readPixels() override;
  void present() override;
  void* createTexture(const RgbaImage& image) override;
  void updateTexture(void* texture, int width, int height, const std::uint8_t* rgba) override;
  void destroyTexture(void* texture, int width, int height) override;

 private:
  explicit SdlRendererBackend(SDL_Renderer* renderer) : m_renderer(renderer) {}
  SDL_Renderer* m_renderer;
};

}  // namespace foyer::app
