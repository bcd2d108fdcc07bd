// Frame time of each screen at 1920x1080 offscreen (OpenGL 3 on Mesa llvmpipe), and start to first frame.
// Targets (issue 3): p95 <= 8 ms per frame, first frame <= 1.5 s. Figures: median_ms and p95_ms counters.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include <GL/gl.h>
#include <benchmark/benchmark.h>

#include "tests/bench/timing_counters.hpp"
#include <spdlog/spdlog.h>

#include "tests/ui/kiosk_driver.hpp"

namespace foyer::testing {
namespace {

using Clock = std::chrono::steady_clock;

// `blindCamera`: the document camera sees no MRZ, so the document step stays on its own screens.
// `photoCamera`: replaces the simulated photo camera (empty: the default one).
void frameTime(benchmark::State& state, const std::function<void(KioskDriver&)>& reach, bool blindCamera = false,
               const std::string& photoCamera = {}) {
  spdlog::set_level(spdlog::level::warn);
  KioskDriver kiosk({.width = 1920, .height = 1080, .renderer = config::Renderer::OpenGl3,
                     .adjust = [blindCamera, photoCamera](config::Config& config) {
                       if (blindCamera) config.document.camera = config.paths.assets / "simulator/specimen-face.jpg";
                       if (!photoCamera.empty()) config.photo.camera = photoCamera;
                     }});
  reach(kiosk);
  kiosk.frames(30);  // warm caches: text layout, glyph textures, driver state
  std::vector<double> ms;
  for (auto _ : state) {
    const auto start = Clock::now();
    kiosk.app().frame();
    glFinish();  // llvmpipe renders on its own threads: count the frame as done when its pixels are
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  bench::reportTimes(state, ms);
}

void toLanguage(KioskDriver& k) { k.tap("attract.start"); }
void toService(KioskDriver& k) {
  toLanguage(k);
  k.tap("lang.de");
}
void toServiceArabic(KioskDriver& k) {
  toLanguage(k);
  k.tap("lang.ar");
}
void toSummary(KioskDriver& k) {
  toServiceArabic(k);
  k.tap("service.settlement-permit");
  k.passDocumentStep();
  k.passPhotoStep();
}
void toDocumentPlace(KioskDriver& k) {
  toServiceArabic(k);
  k.tap("service.settlement-permit");
}
void toDocumentTyping(KioskDriver& k) {
  toDocumentPlace(k);
  k.advance(std::chrono::seconds(21));
  k.tap("problem.type");
}
void toDocumentCheck(KioskDriver& k) {
  toServiceArabic(k);
  k.tap("service.settlement-permit");
  k.framesUntil([&k] { return k.state() == "document.check"; });
}
void toPhotoCapture(KioskDriver& k) {
  toServiceArabic(k);
  k.tap("service.settlement-permit");
  k.passDocumentStep();
  // The live picture and the analysis are both running from here on.
  k.framesUntil([&k] { return !k.app().flow().visit().photo.hint.empty(); });
}

// A visitor who stands still and never blinks: the photo is never taken, the live screen stays.
std::string stillVisitorCamera() {
  const std::string file = std::string(FOYER_ARTIFACTS_DIR) + "/still-visitor.playlist";
  std::filesystem::create_directories(FOYER_ARTIFACTS_DIR);
  FILE* out = std::fopen(file.c_str(), "w");
  if (out != nullptr) {
    std::fprintf(out, "fps 30\n%s/assets/simulator/photo-camera/still.jpg 1\n", FOYER_SOURCE_DIR);
    std::fclose(out);
  }
  return file;
}

void toHelp(KioskDriver& k) {
  toService(k);
  k.tap("nav.help");
}
void toDone(KioskDriver& k) {
  toSummary(k);
  k.tap("summary.confirm");
}

constexpr int kFrames = 300;

BENCHMARK_CAPTURE(frameTime, attract, [](KioskDriver&) {})->Iterations(kFrames)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(frameTime, language, toLanguage)->Iterations(kFrames)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(frameTime, service_de, toService)->Iterations(kFrames)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(frameTime, service_ar, toServiceArabic)->Iterations(kFrames)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(frameTime, document_place_ar, toDocumentPlace, true)->Iterations(kFrames)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(frameTime, document_typing_ar, toDocumentTyping, true)->Iterations(kFrames)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(frameTime, document_check_ar, toDocumentCheck)->Iterations(kFrames)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(frameTime, photo_capture_ar, toPhotoCapture, false, stillVisitorCamera())
    ->Iterations(kFrames)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(frameTime, summary_ar, toSummary)->Iterations(kFrames)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(frameTime, help_de, toHelp)->Iterations(kFrames)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(frameTime, done_ar, toDone)->Iterations(kFrames)->Unit(benchmark::kMillisecond);

// In-process: config load, SDL + GL start, fonts, flow, then the first frame drawn and presented.
void startToFirstFrame(benchmark::State& state) {
  spdlog::set_level(spdlog::level::warn);
  std::vector<double> ms;
  for (auto _ : state) {
    const auto start = Clock::now();
    app::AppOptions options;
    options.config = defaultConfig();
    options.videoDriver = "offscreen";
    options.width = 1920;
    options.height = 1080;
    auto app = app::KioskApp::create(std::move(options));
    if (!app) {
      state.SkipWithError(app.error().c_str());
      return;
    }
    (*app)->frame();
    glFinish();
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  bench::reportTimes(state, ms);
}
BENCHMARK(startToFirstFrame)->Iterations(5)->Unit(benchmark::kMillisecond);

// The whole program: exec, dynamic linking, start, one frame, clean exit.
void processStartToFirstFrame(benchmark::State& state) {
  const std::string command = std::string("SDL_VIDEODRIVER=offscreen ") + FOYER_KIOSK_BINARY +
                              " --frames 1 --config " + FOYER_SOURCE_DIR +
                              "/config/foyer.toml >/dev/null 2>&1";
  std::vector<double> ms;
  for (auto _ : state) {
    const auto start = Clock::now();
    if (std::system(command.c_str()) != 0) {
      state.SkipWithError("foyer-kiosk --frames 1 failed");
      return;
    }
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  bench::reportTimes(state, ms);
}
BENCHMARK(processStartToFirstFrame)->Iterations(5)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace foyer::testing

BENCHMARK_MAIN();
