#include <cmath>

#include <gtest/gtest.h>

#include "drivers/document/mrz_ocr/mrz_band.hpp"
#include "drivers/document/mrz_ocr/skew_estimate.hpp"
#include "drivers/document/mrz_ocr/text_blobs.hpp"
#include "tests/support/random_mrz.hpp"
#include "tests/support/synthetic_document.hpp"

namespace foyer::document::mrz {
namespace {

constexpr double kDegree = 3.14159265358979323846 / 180;

TEST(MrzBandFinder, MeasuresPitchSpacingAndTurnOfEachFormat) {
  std::mt19937 random(11);
  const std::pair<Format, int> cases[] = {{Format::TD1, 30}, {Format::TD2, 36}, {Format::TD3, 44}};
  for (const auto& [format, length] : cases) {
    testing::CaptureConditions conditions;
    conditions.dotsPerInch = 300;
    conditions.rotationDegrees = -1.8;
    const auto document = testing::renderDocument(format, testing::randomMrz(format, random), conditions, 5);
    const auto band = findMrzBand(document.image);
    ASSERT_TRUE(band) << band.error().message;
    EXPECT_EQ(band->lineLength, length);
    ASSERT_EQ(band->lines.size(), document.mrz.size());
    EXPECT_NEAR(band->angle / kDegree, -1.8, 0.1);
    for (std::size_t i = 0; i < band->lines.size(); ++i) {
      EXPECT_NEAR(band->lines[i].pitch, 30.0, 0.15);  // 2.54 mm at 300 dpi
      if (i > 0) {
        EXPECT_NEAR(band->lines[i].middle - band->lines[i - 1].middle, 50.0, 1.5);  // 4.23 mm
      }
      EXPECT_NEAR(band->lines[i].firstCentre, band->lines[0].firstCentre, 1.0);  // the lines start in one column
    }
  }
}

TEST(MrzBandFinder, TextWithoutAnMrzIsNothingLikeOne) {
  const auto band = findMrzBand(testing::documentWithoutMrz(Format::TD2, 8).image);
  ASSERT_FALSE(band);
  EXPECT_EQ(band.error().failure, BandFailure::NothingLikeAnMrz);
}

TEST(MrzBandFinder, SkewComesFromHowBlobsLineUp) {
  // Three rows of blobs along a line turned by 2.5 degrees.
  std::vector<TextBlob> blobs;
  for (int row = 0; row < 3; ++row) {
    for (int i = 0; i < 40; ++i) {
      const double x = 100 + 30 * i;
      blobs.push_back({x, 200 + 50 * row + x * std::tan(2.5 * kDegree), 20, 29});
    }
  }
  EXPECT_NEAR(estimateSkew(blobs, 5 * kDegree) / kDegree, 2.5, 0.05);
  EXPECT_EQ(estimateSkew({}, 5 * kDegree), 0);
}

}  // namespace
}  // namespace foyer::document::mrz
