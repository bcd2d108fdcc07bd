#include "kiosk/app/sdl_renderer_backend.hpp"

#include <vector>

#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>

namespace foyer::app {

std::expected<std::unique_ptr<SdlRendererBackend>, std::string> SdlRendererBackend::create(SDL_Window* window,
                                                                                           bool vsync) {
  Uint32 flags = SDL_RENDERER_ACCELERATED;
  if (vsync) flags |= SDL_RENDERER_PRESENTVSYNC;
  SDL_Renderer* renderer = SDL_CreateRenderer(window, -1, flags);
  if (renderer == nullptr) renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE);
  if (renderer == nullptr) return std::unexpected(std::string("no SDL renderer: ") + SDL_GetError());
  if (!ImGui_ImplSDL2_InitForSDLRenderer(window)) {
    SDL_DestroyRenderer(renderer);
    return std::unexpected(std::string("ImGui's SDL2 backend did not start"));
  }
  if (!ImGui_ImplSDLRenderer_Init(renderer)) {
    ImGui_ImplSDL2_Shutdown();
    SDL_DestroyRenderer(renderer);
    return std::unexpected(std::string("ImGui's SDL renderer backend did not start"));
  }
  return std::unique_ptr<SdlRendererBackend>(new SdlRendererBackend(renderer));
}

SdlRendererBackend::~SdlRendererBackend() {
  ImGui_ImplSDLRenderer_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  SDL_DestroyRenderer(m_renderer);
}

void SdlRendererBackend::newFrame() { ImGui_ImplSDLRenderer_NewFrame(); }

void SdlRendererBackend::render(ImDrawData* data, const float clear[4]) {
  auto channel = [](float value) { return static_cast<Uint8>(value * 255.0F + 0.5F); };
  SDL_SetRenderDrawColor(m_renderer, channel(clear[0]), channel(clear[1]), channel(clear[2]), channel(clear[3]));
  SDL_RenderClear(m_renderer);
  ImGui_ImplSDLRenderer_RenderDrawData(data);
}

RgbaImage SdlRendererBackend::readPixels() {
  RgbaImage image;
  SDL_GetRendererOutputSize(m_renderer, &image.width, &image.height);
  image.pixels.resize(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4);
  // ABGR8888 is R,G,B,A in memory on little-endian machines.
  SDL_RenderReadPixels(m_renderer, nullptr, SDL_PIXELFORMAT_ABGR8888, image.pixels.data(), image.width * 4);
  return image;
}

void SdlRendererBackend::present() { SDL_RenderPresent(m_renderer); }

void* SdlRendererBackend::createTexture(const RgbaImage& image) {
  SDL_Texture* texture =
      SDL_CreateTexture(m_renderer, SDL_PIXELFORMAT_ABGR8888, SDL_TEXTUREACCESS_STATIC, image.width, image.height);
  if (texture != nullptr) SDL_UpdateTexture(texture, nullptr, image.pixels.data(), image.width * 4);
  return texture;
}

void SdlRendererBackend::updateTexture(void* texture, int width, int /*height*/, const std::uint8_t* rgba) {
  SDL_UpdateTexture(static_cast<SDL_Texture*>(texture), nullptr, rgba, width * 4);
}

void SdlRendererBackend::destroyTexture(void* texture, int width, int height) {
  auto* sdlTexture = static_cast<SDL_Texture*>(texture);
  const std::vector<std::uint8_t> blank(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4, 0);
  SDL_UpdateTexture(sdlTexture, nullptr, blank.data(), width * 4);
  SDL_DestroyTexture(sdlTexture);
}

}  // namespace foyer::app
