// Acceptance: synthetic documents photographed on a reader (285-320 dpi, turned within ±3°, blurred,
// shaded, noisy) must give back exactly the MRZ printed on them, in at least 99 % of the cases per format.
#include <atomic>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "drivers/document/mrz_ocr/mrz_reader.hpp"
#include "tests/support/synthetic_document.hpp"
#include "tests/unit/drivers/document/mrz_ocr/ocr_test_templates.hpp"

namespace foyer::document::mrz {
namespace {

#if defined(__SANITIZE_ADDRESS__)
// The sanitizer build (unoptimised, instrumented: about 40 times slower here) looks for memory errors, not
// for the rate; a quarter of the documents keeps `make test` short.
constexpr int kDocumentsPerFormat = 25;
#else
constexpr int kDocumentsPerFormat = 100;
#endif
constexpr double kRequiredRate = 0.99;

struct Outcome {
  bool exact = false;
  std::string detail;  // what went wrong, for the failure message
};

Outcome readOne(Format format, std::uint32_t seed) {
  const auto document = testing::randomDocument(format, seed);
  auto reading = readMrz(document.image, test::ocrBTemplates(), 2026);
  if (!reading) return {false, "seed " + std::to_string(seed) + ": " + reading.error().message};
  if (reading->correction.lines == document.mrz && reading->document.valid()) return {true, {}};
  std::string detail = "seed " + std::to_string(seed) + ":";
  for (std::size_t i = 0; i < document.mrz.size(); ++i) {
    detail += "\n  printed " + document.mrz[i] + "\n  read    " + reading->correction.lines[i];
  }
  return {false, detail};
}

// Both cores: each document is independent, and readMrz shares nothing but the const templates.
std::vector<Outcome> readMany(Format format, std::uint32_t firstSeed, int count) {
  std::vector<Outcome> outcomes(static_cast<std::size_t>(count));
  std::atomic<int> next = 0;
  {
    std::vector<std::jthread> workers;
    const unsigned threads = std::max(1U, std::min(4U, std::thread::hardware_concurrency()));
    for (unsigned t = 0; t < threads; ++t) {
      workers.emplace_back([&] {
        for (int i = next++; i < count; i = next++) {
          outcomes[static_cast<std::size_t>(i)] = readOne(format, firstSeed + static_cast<std::uint32_t>(i));
        }
      });
    }
  }
  return outcomes;
}

void expectRate(Format format, std::uint32_t firstSeed) {
  (void)test::ocrBTemplates();  // made before the threads start
  const auto outcomes = readMany(format, firstSeed, kDocumentsPerFormat);
  int exact = 0;
  std::string failures;
  for (const auto& outcome : outcomes) {
    if (outcome.exact) {
      ++exact;
    } else {
      failures += outcome.detail + "\n";
    }
  }
  const double rate = static_cast<double>(exact) / kDocumentsPerFormat;
  std::printf("[ MRZ OCR  ] %s: %d of %d exact (%.1f %%)\n", std::string(toString(format)).c_str(), exact,
              kDocumentsPerFormat, rate * 100);
  EXPECT_GE(rate, kRequiredRate) << failures;
}

TEST(MrzOcrAcceptance, Td1IdentityCards) {
  expectRate(Format::TD1, 10'000);
}
TEST(MrzOcrAcceptance, Td2Documents) {
  expectRate(Format::TD2, 20'000);
}
TEST(MrzOcrAcceptance, Td3Passports) {
  expectRate(Format::TD3, 30'000);
}

}  // namespace
}  // namespace foyer::document::mrz
