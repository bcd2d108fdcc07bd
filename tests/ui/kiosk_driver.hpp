#pragma once
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kiosk/app/kiosk_app.hpp"
#include "kiosk/config/config.hpp"
#include "kiosk/flow/clock.hpp"

namespace foyer::testing {

struct DriverOptions {
  int width = 1920;
  int height = 1080;
  // Unset: $FOYER_TEST_RENDERER ("opengl3" or "sdl"), else OpenGL 3: run the whole UI suite on either.
  std::optional<config::Renderer> renderer;
  std::function<void(config::Config&)> adjust;  // change the default config before start
};

// Starts the real kiosk offscreen on the repository's default config and a manual clock, and works it
// like a visitor would: taps widgets by id through SDL touch events. Throws std::runtime_error when
// something a test relies on is missing (a widget id, a config), with a message saying what.
class KioskDriver {
 public:
  explicit KioskDriver(DriverOptions options = {});
  ~KioskDriver();
  KioskDriver(const KioskDriver&) = delete;  // the app keeps a pointer to this driver's clock
  KioskDriver& operator=(const KioskDriver&) = delete;

  void frames(int count = 1);
  // Finger down in the middle of the widget, one frame, finger up, then frames until the result shows.
  void tap(std::string_view widgetId);
  // One finger stroke through `points` (screen pixels): down at the first, a frame per move, up at the last.
  void stroke(const std::vector<std::pair<float, float>>& points);
  // Finger down and up at a point between two frames (a tap shorter than a frame).
  void quickTapAt(float x, float y);
  void advance(std::chrono::seconds by);  // moves the clock on and draws a frame
  // Draws frames until `done` holds (a device worker has reported) or `limit` of real time passed.
  bool framesUntil(const std::function<bool()>& done, std::chrono::seconds limit = std::chrono::seconds(30));
  // From the service choice through the document step to the summary: the camera reads the specimen's
  // MRZ, no chip reader answers, the visitor confirms.
  void passDocumentStep();
  // From the live camera to the summary: the simulated camera's visitor comes into place and blinks, the
  // photo is taken by itself, the visitor keeps it.
  void passPhotoStep();

  [[nodiscard]] bool hasWidget(std::string_view widgetId) const;
  [[nodiscard]] const screens::WidgetRecord& widget(std::string_view widgetId) const;
  [[nodiscard]] std::string state();
  [[nodiscard]] std::string widgetIds() const;
  // Writes the next frame to test-artifacts/screens/<name>.png and returns the path.
  std::filesystem::path screenshot(const std::string& name);
  [[nodiscard]] static std::filesystem::path artifactsDir();

  app::KioskApp& app() { return *m_app; }
  flow::ManualClock& clock() { return m_clock; }

 private:
  void pushFinger(unsigned int type, float x, float y);
  flow::ManualClock m_clock;
  std::unique_ptr<app::KioskApp> m_app;
};

config::Config defaultConfig();

}  // namespace foyer::testing
