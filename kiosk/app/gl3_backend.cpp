#include "kiosk/app/gl3_backend.hpp"

#include <cstdint>
#include <cstring>
#include <vector>

#include <GL/gl.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

namespace foyer::app {

std::expected<std::unique_ptr<Gl3Backend>, std::string> Gl3Backend::create(SDL_Window* window, bool vsync) {
  SDL_GLContext context = SDL_GL_CreateContext(window);
  if (context == nullptr) return std::unexpected(std::string("no OpenGL 3 context: ") + SDL_GetError());
  SDL_GL_MakeCurrent(window, context);
  SDL_GL_SetSwapInterval(vsync ? 1 : 0);
  if (!ImGui_ImplSDL2_InitForOpenGL(window, context)) {
    SDL_GL_DeleteContext(context);
    return std::unexpected(std::string("ImGui's SDL2 backend did not start"));
  }
  if (!ImGui_ImplOpenGL3_Init("#version 130")) {
    ImGui_ImplSDL2_Shutdown();  // so that a fallback renderer can start the platform backend again
    SDL_GL_DeleteContext(context);
    return std::unexpected(std::string("ImGui's OpenGL 3 backend did not start (no usable libGL?)"));
  }
  return std::unique_ptr<Gl3Backend>(new Gl3Backend(window, context));
}

Gl3Backend::~Gl3Backend() {
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  SDL_GL_DeleteContext(m_context);
}

void Gl3Backend::newFrame() { ImGui_ImplOpenGL3_NewFrame(); }

void Gl3Backend::render(ImDrawData* data, const float clear[4]) {
  int width = 0;
  int height = 0;
  SDL_GL_GetDrawableSize(m_window, &width, &height);
  glViewport(0, 0, width, height);
  glClearColor(clear[0], clear[1], clear[2], clear[3]);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(data);
}

RgbaImage Gl3Backend::readPixels() {
  RgbaImage image;
  SDL_GL_GetDrawableSize(m_window, &image.width, &image.height);
  const auto stride = static_cast<std::size_t>(image.width) * 4;
  std::vector<std::uint8_t> bottomUp(stride * static_cast<std::size_t>(image.height));
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, image.width, image.height, GL_RGBA, GL_UNSIGNED_BYTE, bottomUp.data());
  image.pixels.resize(bottomUp.size());
  for (int row = 0; row < image.height; ++row) {  // GL counts rows from the bottom
    std::memcpy(image.pixels.data() + static_cast<std::size_t>(row) * stride,
                bottomUp.data() + static_cast<std::size_t>(image.height - 1 - row) * stride, stride);
  }
  return image;
}

void Gl3Backend::present() { SDL_GL_SwapWindow(m_window); }

void* Gl3Backend::createTexture(const RgbaImage& image) {
  GLuint texture = 0;
  glGenTextures(1, &texture);
  glBindTexture(GL_TEXTURE_2D, texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, image.pixels.data());
  return reinterpret_cast<void*>(static_cast<std::uintptr_t>(texture));
}

void Gl3Backend::updateTexture(void* texture, int width, int height, const std::uint8_t* rgba) {
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(texture)));
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
}

void Gl3Backend::destroyTexture(void* texture, int width, int height) {
  auto name = static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(texture));
  const std::vector<std::uint8_t> blank(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4, 0);
  glBindTexture(GL_TEXTURE_2D, name);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, blank.data());
  glDeleteTextures(1, &name);
}

}  // namespace foyer::app
