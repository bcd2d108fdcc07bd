#include "kiosk/app/video_output.hpp"

#include <cstdlib>

#include <spdlog/spdlog.h>

#include "kiosk/app/gl3_backend.hpp"
#include "kiosk/app/sdl_renderer_backend.hpp"

namespace foyer::app {
namespace {

std::expected<std::string, std::string> startVideo(const std::string& requested) {
  // Touch is handled as touch (see PointerInput); SDL must not also fake mouse events from it.
  SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
  SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
  SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "0");  // blanking follows the kiosk's own idle policy
  if (SDL_InitSubSystem(SDL_INIT_EVENTS) != 0) return std::unexpected(std::string(SDL_GetError()));
  const char* fromEnvironment = std::getenv("SDL_VIDEODRIVER");
  const bool chosen = !requested.empty() || (fromEnvironment != nullptr && *fromEnvironment != '\0');
  if (SDL_VideoInit(requested.empty() ? nullptr : requested.c_str()) == 0) return std::string(SDL_GetCurrentVideoDriver());
  std::string error = SDL_GetError();
  if (!chosen) {
    spdlog::info("video: no display found ({}); running headless", error);
    if (SDL_VideoInit("offscreen") == 0) return std::string("offscreen");
    error = SDL_GetError();
  }
  SDL_QuitSubSystem(SDL_INIT_EVENTS);
  return std::unexpected("video driver did not start: " + error);
}

SDL_Window* createWindow(const config::DisplayConfig& display, bool headless, bool openGl) {
  Uint32 flags = SDL_WINDOW_SHOWN | SDL_WINDOW_ALLOW_HIGHDPI;
  if (openGl) flags |= SDL_WINDOW_OPENGL;
  if (display.fullscreen && !headless) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP | SDL_WINDOW_BORDERLESS;
  if (!display.fullscreen && !headless) flags |= SDL_WINDOW_RESIZABLE;
  if (openGl) {
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  }
  return SDL_CreateWindow("Foyer", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, display.width, display.height,
                          flags);
}

}  // namespace

std::expected<std::unique_ptr<VideoOutput>, std::string> VideoOutput::open(const VideoRequest& request) {
  auto driver = startVideo(request.driver);
  if (!driver) return std::unexpected(driver.error());
  std::unique_ptr<VideoOutput> output(new VideoOutput());
  output->m_driver = *driver;
  const bool headless = output->headless();
  const bool vsync = request.display.vsync && !headless;

  if (request.display.renderer == config::Renderer::OpenGl3) {
    output->m_window = createWindow(request.display, headless, true);
    if (output->m_window != nullptr) {
      auto gl = Gl3Backend::create(output->m_window, vsync);
      if (gl) {
        output->m_backend = std::move(*gl);
        return output;
      }
      spdlog::warn("video: {}; falling back to the SDL renderer", gl.error());
      SDL_DestroyWindow(output->m_window);
    } else {
      spdlog::warn("video: no OpenGL window ({}); falling back to the SDL renderer", SDL_GetError());
    }
  }
  output->m_window = createWindow(request.display, headless, false);
  if (output->m_window == nullptr) return std::unexpected("cannot open a window: " + std::string(SDL_GetError()));
  auto sdl = SdlRendererBackend::create(output->m_window, vsync);
  if (!sdl) return std::unexpected(sdl.error());
  output->m_backend = std::move(*sdl);
  return output;
}

VideoOutput::~VideoOutput() {
  m_backend.reset();
  if (m_window != nullptr) SDL_DestroyWindow(m_window);
  SDL_VideoQuit();
  SDL_QuitSubSystem(SDL_INIT_EVENTS);
}

}  // namespace foyer::app
