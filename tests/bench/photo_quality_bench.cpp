// Photo analysis per camera frame (issue 5): face detection, 68 landmarks and every criterion on a
// 1280x720 frame. Target: at least 25 frames a second (≤ 40 ms) on 2 cores.
#include <benchmark/benchmark.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "drivers/photo/face_finder.hpp"
#include "drivers/photo/photo_quality.hpp"

namespace {

cv::Mat cameraFrame() {
  // The test portrait placed in a 1280x720 frame, as a kiosk camera in landscape would see the visitor.
  const cv::Mat portrait = cv::imread(std::string(FOYER_SOURCE_DIR) + "/tests/data/photo/astronaut-portrait.jpg");
  cv::Mat frame(720, 1280, CV_8UC3, cv::Scalar(200, 200, 200));
  cv::Mat scaled;
  cv::resize(portrait, scaled, {}, 720.0 / portrait.rows, 720.0 / portrait.rows);
  scaled.copyTo(frame(cv::Rect((1280 - scaled.cols) / 2, 0, scaled.cols, scaled.rows)));
  return frame;
}

void photoAnalysis1280x720(benchmark::State& state) {
  static const auto finder = foyer::photo::FaceFinder::load(foyer::photo::FaceModels{});
  if (!finder) {
    state.SkipWithError(finder.error().c_str());
    return;
  }
  const cv::Mat frame = cameraFrame();
  for (auto _ : state) {
    const auto faces = finder->find(frame);
    const auto report = foyer::photo::assessQuality(frame, faces, foyer::photo::QualityLimits{});
    benchmark::DoNotOptimize(report);
  }
}

}  // namespace

BENCHMARK(photoAnalysis1280x720)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
