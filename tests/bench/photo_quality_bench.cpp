// The photo step's speed (issue 5). Targets: analysis of a 1280x720 frame (faces, 68 landmarks, every
// criterion) in at most 40 ms, i.e. 25 frames a second on 2 cores; the live preview at the camera's rate
// while the analysis runs. Figures: median_ms / p95_ms, preview_fps / analysed_fps counters.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <thread>
#include <variant>
#include <vector>
#include <atomic>

#include <benchmark/benchmark.h>
#include <opencv2/imgcodecs.hpp>

#include "drivers/photo/face_finder.hpp"
#include "drivers/photo/face_matcher.hpp"
#include "drivers/photo/photo_quality.hpp"
#include "drivers/photo/station/photo_station.hpp"
#include "tests/bench/timing_counters.hpp"
#include "tests/unit/drivers/photo/face_model.hpp"

namespace {

using Clock = std::chrono::steady_clock;
const std::string kCameraFrames = std::string(FOYER_SOURCE_DIR) + "/assets/simulator/photo-camera/";

void photoAnalysis1280x720(benchmark::State& state) {
  static const auto finder = foyer::photo::FaceFinder::load(foyer::photo::FaceModels{});
  if (!finder) {
    state.SkipWithError(finder.error().c_str());
    return;
  }
  // The simulated camera's frame of a visitor in place: every criterion is computed (none stops early).
  const cv::Mat frame = cv::imread(kCameraFrames + "still.jpg");
  std::vector<double> ms;
  for (auto _ : state) {
    const auto start = Clock::now();
    const auto faces = finder->find(frame);
    const auto report = foyer::photo::assessQuality(frame, faces, foyer::photo::QualityLimits{});
    benchmark::DoNotOptimize(report);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  foyer::bench::reportTimes(state, ms);
}

// Face against the chip, once per photo: align and embed the live face (the chip's is embedded when the
// attempt starts), then the cosine. Needs the model make test fetches (FOYER_FACE_MODEL_DIR or the cache).
void faceMatchPerPhoto(benchmark::State& state) {
  static const auto finder = foyer::photo::FaceFinder::load(foyer::photo::FaceModels{});
  const auto modelPath = foyer::photo::testFaceModel();
  if (!finder || modelPath.empty()) {
    state.SkipWithError(foyer::photo::kNoFaceModel);
    return;
  }
  auto matcher = foyer::photo::FaceMatcher::load(modelPath);
  if (!matcher) {
    state.SkipWithError(matcher.error().c_str());
    return;
  }
  const cv::Mat frame = cv::imread(kCameraFrames + "still.jpg");
  const auto faces = finder->find(frame);
  if (faces.empty()) {
    state.SkipWithError("no face in still.jpg");
    return;
  }
  const foyer::photo::FaceEmbedding reference = matcher->embed(frame, faces.front());
  std::vector<double> ms;
  for (auto _ : state) {
    const auto start = Clock::now();
    const foyer::photo::FaceEmbedding live = matcher->embed(frame, faces.front());
    benchmark::DoNotOptimize(foyer::photo::similarity(live, reference));
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  foyer::bench::reportTimes(state, ms);
}

// The station with a 60 frames/s camera of a visitor who never blinks (so it never stops): how many
// frames reach the preview and how many the analysis gets through, per second of wall time.
void photoStationPreviewWhileAnalysing(benchmark::State& state) {
  const std::string playlist = std::string(FOYER_ARTIFACTS_DIR) + "/fast-camera.playlist";
  std::filesystem::create_directories(FOYER_ARTIFACTS_DIR);
  if (FILE* out = std::fopen(playlist.c_str(), "w")) {
    std::fprintf(out, "fps 60\n%sstill.jpg 1\n", kCameraFrames.c_str());
    std::fclose(out);
  }
  for (auto _ : state) {
    std::atomic<int> analysed{0};
    foyer::photo::PhotoSettings settings;
    settings.camera = playlist;
    foyer::photo::PhotoStation station(settings, [&analysed](foyer::photo::PhotoReport report) {
      if (std::holds_alternative<foyer::photo::PhotoGuidance>(report)) ++analysed;
    });
    station.start({});
    // Wait for the first analysis (the models load once), then count for three seconds.
    while (analysed.load() == 0) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    const auto firstPreview = station.latestPreview();
    const int firstAnalysed = analysed.load();
    const auto start = Clock::now();
    std::this_thread::sleep_for(std::chrono::seconds(3));
    const auto lastPreview = station.latestPreview();
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    state.counters["preview_fps"] =
        firstPreview && lastPreview ? static_cast<double>(lastPreview->serial - firstPreview->serial) / seconds : 0;
    state.counters["analysed_fps"] = (analysed.load() - firstAnalysed) / seconds;
    station.stop();
  }
}

}  // namespace

BENCHMARK(photoAnalysis1280x720)->Iterations(200)->Unit(benchmark::kMillisecond);
BENCHMARK(faceMatchPerPhoto)->Iterations(100)->Unit(benchmark::kMillisecond);
BENCHMARK(photoStationPreviewWhileAnalysing)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
