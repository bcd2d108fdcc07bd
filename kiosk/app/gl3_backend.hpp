#pragma once
#include <expected>
#include <memory>
#include <string>

#include <SDL.h>

#include "kiosk/app/render_backend.hpp"

namespace foyer::app {

// OpenGL 3 through SDL: hardware on a terminal, Mesa llvmpipe (EGL) when headless.
class Gl3Backend final : public RenderBackend {
 public:
  static std::expected<std::unique_ptr<Gl3Backend>, std::string> create(SDL_Window* window, bool vsync);
  ~Gl3Backend() override;
  [[nodiscard]] const char* name() const override { return "opengl3"; }
  void newFrame() override;
  void render(ImDrawData* data, const float clear[4]) override;
  RgbaImage readPixels() override;
  void present() override;
  void* createTexture(const RgbaImage& image) override;
  void updateTexture(void* texture, int width, int height, const std::uint8_t* rgba) override;
  void destroyTexture(void* texture, int width, int height) override;

 private:
  Gl3Backend(SDL_Window* window, SDL_GLContext context) : m_window(window), m_context(context) {}
  SDL_Window* m_window;
  SDL_GLContext m_context;
};

}  // namespace foyer::app
