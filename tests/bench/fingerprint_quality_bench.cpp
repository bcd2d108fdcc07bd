// Fingerprint quality per image (issue 6). Target: at most 20 ms for a 320x400 print at 500 ppi, so the
// scanner's next attempt never waits for the verdict. Figures: median_ms / p95_ms.
#include <chrono>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <opencv2/imgcodecs.hpp>

#include "drivers/fingerprint/fingerprint_quality.hpp"
#include "tests/bench/timing_counters.hpp"

namespace {

void fingerprintQuality320x400(benchmark::State& state) {
  const cv::Mat print =
      cv::imread(std::string(FOYER_SOURCE_DIR) + "/tests/data/fingerprint/good-loop.png", cv::IMREAD_GRAYSCALE);
  if (print.empty()) {
    state.SkipWithError("tests/data/fingerprint/good-loop.png missing");
    return;
  }
  std::vector<double> ms;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    benchmark::DoNotOptimize(foyer::fingerprint::assessFingerprint(print, foyer::fingerprint::FingerprintLimits{}));
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  foyer::bench::reportTimes(state, ms);
}

}  // namespace

BENCHMARK(fingerprintQuality320x400)->Iterations(300)->Unit(benchmark::kMillisecond);
