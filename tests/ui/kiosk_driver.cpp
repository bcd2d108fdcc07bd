#include "tests/ui/kiosk_driver.hpp"

#include <cstdlib>
#include <thread>
#include <stdexcept>

#include <SDL.h>

#include "kiosk/config/config_loader.hpp"

namespace foyer::testing {

namespace {

config::Renderer rendererFromEnvironment() {
  const char* chosen = std::getenv("FOYER_TEST_RENDERER");
  if (chosen != nullptr && std::string_view(chosen) == "sdl") return config::Renderer::SdlRenderer;
  return config::Renderer::OpenGl3;
}

}  // namespace

config::Config defaultConfig() {
  auto loaded = config::loadConfig(std::filesystem::path(FOYER_SOURCE_DIR) / "config" / "foyer.toml");
  if (!loaded) throw std::runtime_error("default config does not load:\n" + loaded.error().describe());
  return *loaded;
}

KioskDriver::KioskDriver(DriverOptions options) {
  app::AppOptions appOptions;
  appOptions.config = defaultConfig();
  appOptions.config.display.renderer = options.renderer.value_or(rendererFromEnvironment());
  // No chip reader for the tests that are not about the chip: one of another test's pcscd must not answer.
  appOptions.config.document.reader = "Foyer tests: no chip reader";
  // No card terminal either unless a test starts its simulator: a fee then offers "Pay at the counter".
  appOptions.config.payment.terminal.clear();
  if (options.adjust) options.adjust(appOptions.config);
  appOptions.clock = &m_clock;
  appOptions.videoDriver = "offscreen";
  appOptions.width = options.width;
  appOptions.height = options.height;
  auto created = app::KioskApp::create(std::move(appOptions));
  if (!created) throw std::runtime_error("kiosk did not start: " + created.error());
  m_app = std::move(*created);
  frames(2);  // the first frame lays out; from the second every widget is recorded
}

KioskDriver::~KioskDriver() = default;

std::filesystem::path KioskDriver::artifactsDir() { return FOYER_ARTIFACTS_DIR; }

void KioskDriver::frames(int count) {
  for (int i = 0; i < count; ++i) m_app->frame();
}

void KioskDriver::pushFinger(unsigned int type, float x, float y) {
  SDL_Event event{};
  event.type = type;
  event.tfinger.touchId = 1;
  event.tfinger.fingerId = 1;
  event.tfinger.x = x / static_cast<float>(m_app->width());
  event.tfinger.y = y / static_cast<float>(m_app->height());
  event.tfinger.pressure = type == SDL_FINGERUP ? 0.0F : 1.0F;
  event.tfinger.timestamp = SDL_GetTicks();
  if (SDL_PushEvent(&event) < 0) throw std::runtime_error(std::string("SDL_PushEvent: ") + SDL_GetError());
}

void KioskDriver::tap(std::string_view widgetId) {
  const screens::WidgetRecord& target = widget(widgetId);
  if (!target.tappable) throw std::runtime_error("widget '" + std::string(widgetId) + "' is behind a question");
  const float x = target.rect.centerX();
  const float y = target.rect.centerY();
  pushFinger(SDL_FINGERDOWN, x, y);
  frames(1);
  pushFinger(SDL_FINGERUP, x, y);
  frames(3);  // release → intent → the next screen drawn and recorded
}

void KioskDriver::stroke(const std::vector<std::pair<float, float>>& points) {
  if (points.empty()) return;
  pushFinger(SDL_FINGERDOWN, points.front().first, points.front().second);
  frames(1);
  for (std::size_t i = 1; i < points.size(); ++i) {
    pushFinger(SDL_FINGERMOTION, points[i].first, points[i].second);
    frames(1);
  }
  pushFinger(SDL_FINGERUP, points.back().first, points.back().second);
  frames(2);
}

void KioskDriver::quickTapAt(float x, float y) {
  pushFinger(SDL_FINGERDOWN, x, y);
  pushFinger(SDL_FINGERUP, x, y);
}

bool KioskDriver::framesUntil(const std::function<bool()>& done, std::chrono::seconds limit) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (!done()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    frames(1);
    // Lets the worker run on a 2-core machine; the loop waits for a result, not for time to pass.
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  frames(2);  // the new screen drawn and its widgets recorded
  return true;
}

void KioskDriver::passDocumentStep() {
  if (!framesUntil([this] { return state() == "document.check"; })) {
    throw std::runtime_error("the document step did not reach document.check; it is in " + state());
  }
  tap("check.confirm");
}

void KioskDriver::passPhotoStep() {
  if (!framesUntil([this] { return state() == "photo.result"; }, std::chrono::seconds(90))) {
    throw std::runtime_error("the photo step did not reach photo.result; it is in " + state());
  }
  tap("photo.use");
}

void KioskDriver::advance(std::chrono::seconds by) {
  m_clock.advance(by);
  frames(2);
}

bool KioskDriver::hasWidget(std::string_view widgetId) const { return m_app->widgets().find(widgetId) != nullptr; }

const screens::WidgetRecord& KioskDriver::widget(std::string_view widgetId) const {
  const screens::WidgetRecord* found = m_app->widgets().find(widgetId);
  if (found == nullptr) {
    throw std::runtime_error("no widget '" + std::string(widgetId) + "' on screen; there are: " + widgetIds());
  }
  return *found;
}

std::string KioskDriver::widgetIds() const {
  std::string ids;
  for (const auto& record : m_app->widgets().all()) ids += (ids.empty() ? "" : ", ") + record.id;
  return ids;
}

std::string KioskDriver::state() { return std::string(m_app->flow().state()); }

std::filesystem::path KioskDriver::screenshot(const std::string& name) {
  std::filesystem::path file = artifactsDir() / "screens" / (name + ".png");
  m_app->captureNextFrame(file);
  frames(1);
  if (!std::filesystem::exists(file)) throw std::runtime_error("screenshot not written: " + file.string());
  return file;
}

}  // namespace foyer::testing
