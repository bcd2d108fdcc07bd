// Time to read the MRZ from one camera frame at 300 dpi: a TD3 passport page and a TD1 card, each on the
// reader's glass, turned, blurred and noisy (tests/support/synthetic_document.hpp); and the one-off cost of
// making the templates from the font.
#include <cstdlib>
#include <iostream>

#include <benchmark/benchmark.h>

#include "drivers/document/mrz_ocr/mrz_reader.hpp"
#include "drivers/document/mrz_ocr/ocr_b_font_file.hpp"
#include "tests/support/synthetic_document.hpp"

namespace foyer::testing {
namespace {

using document::mrz::Format;

const document::mrz::OcrBTemplates& templates() {
  static const auto loaded = document::mrz::loadOcrBTemplates();
  if (!loaded) {
    std::cerr << loaded.error() << '\n';
    std::abort();
  }
  return *loaded;
}

void mrzOcrReadFrame(benchmark::State& state, Format format) {
  const auto document = randomDocument(format, 17);
  for (auto _ : state) {
    auto reading = document::mrz::readMrz(document.image, templates(), 2026);
    if (!reading || reading->correction.lines != document.mrz) {
      state.SkipWithError("the MRZ was not read exactly");
      break;
    }
    benchmark::DoNotOptimize(reading);
  }
  state.counters["megapixels"] = static_cast<double>(document.image.total()) / 1e6;
}

void mrzOcrTemplatesFromFont(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(document::mrz::loadOcrBTemplates());
}

BENCHMARK_CAPTURE(mrzOcrReadFrame, td3_passport_300dpi, Format::TD3)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(mrzOcrReadFrame, td1_card_300dpi, Format::TD1)->Unit(benchmark::kMillisecond);
BENCHMARK(mrzOcrTemplatesFromFont)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace foyer::testing
