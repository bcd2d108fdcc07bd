#include "drivers/document/mrz_ocr/mrz_reader.hpp"

#include <algorithm>
#include <cmath>
#include <random>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include "tests/support/synthetic_document.hpp"
#include "tests/unit/drivers/document/mrz/mrz_test_data.hpp"
#include "tests/unit/drivers/document/mrz_ocr/ocr_test_templates.hpp"

namespace foyer::document::mrz {
namespace {

using testing::CaptureConditions;

std::expected<MrzReading, MrzReadError> read(const cv::Mat& image) {
  return readMrz(image, test::ocrBTemplates(), 2026);
}

std::vector<std::string> specimen(const std::string& name) {
  for (const auto& s : test::loadSpecimens()) {
    if (s.name.starts_with(name)) return s.lines;
  }
  ADD_FAILURE() << "no specimen " << name;
  return {};
}

CaptureConditions everyday() {
  CaptureConditions conditions;
  conditions.rotationDegrees = 2.2;
  conditions.blurSigma = 1.1;
  conditions.noiseSigma = 6;
  conditions.contrast = 0.9;
  conditions.brightness = -10;
  return conditions;
}

TEST(MrzReader, ReadsTheIcaoTd3SpecimenExactly) {
  const auto printed = specimen("TD3, ICAO 9303-4");
  const auto document = testing::renderDocument(Format::TD3, printed, everyday(), 7);
  const auto reading = read(document.image);
  ASSERT_TRUE(reading) << reading.error().message;
  EXPECT_EQ(reading->format, Format::TD3);
  EXPECT_EQ(reading->rawLines, printed);
  EXPECT_EQ(reading->correction.lines, printed);
  EXPECT_TRUE(reading->correction.corrections.empty());
  EXPECT_TRUE(reading->document.valid());
  EXPECT_EQ(reading->document.documentNumber, "L898902C3");
  EXPECT_EQ(reading->document.primaryIdentifier, "ERIKSSON");
  EXPECT_NEAR(reading->skewDegrees, 2.2, 0.15);
  EXPECT_GT(reading->minConfidence, 0.5F);
  EXPECT_EQ(reading->ambiguousCharacters, 0);
  EXPECT_GE(reading->meanConfidence, reading->minConfidence);
  ASSERT_EQ(reading->characters.size(), 2U);
  EXPECT_EQ(reading->characters[1][0].best, 'L');
  EXPECT_NE(reading->characters[1][0].runnerUp, 'L');
  EXPECT_GE(reading->characters[1][0].score, reading->characters[1][0].runnerUpScore);
}

TEST(MrzReader, ReadsEverySpecimenTurnedTheOtherWay) {
  auto conditions = everyday();
  conditions.rotationDegrees = -2.7;
  std::uint32_t seed = 100;
  for (const auto& s : test::loadSpecimens()) {
    std::vector<std::string_view> views(s.lines.begin(), s.lines.end());
    const auto format = detectFormat(views);
    ASSERT_TRUE(format) << s.name;
    const auto document = testing::renderDocument(*format, s.lines, conditions, ++seed);
    const auto reading = read(document.image);
    ASSERT_TRUE(reading) << s.name << ": " << reading.error().message;
    EXPECT_EQ(reading->format, *format) << s.name;
    EXPECT_EQ(reading->correction.lines, s.lines) << s.name;
    EXPECT_NEAR(reading->skewDegrees, -2.7, 0.15) << s.name;
  }
}

TEST(MrzReader, ADocumentWithoutMrzHasNone) {
  for (Format format : {Format::TD1, Format::TD3}) {
    const auto reading = read(testing::documentWithoutMrz(format, 3).image);
    ASSERT_FALSE(reading);
    EXPECT_EQ(reading.error().failure, MrzReadFailure::NoMrzFound) << reading.error().message;
  }
}

TEST(MrzReader, AnMrzTooBlurredToReadIsFoundButUnreadable) {
  // Blurred this much, the lines are still found but O/D/Q, U/W and H/M look alike: reading on would
  // produce names and states that no check digit can catch.
  auto conditions = everyday();
  conditions.blurSigma = 4.6;
  conditions.noiseSigma = 15;
  const auto document = testing::renderDocument(Format::TD3, specimen("TD3, ICAO 9303-4"), conditions, 9);
  const auto reading = read(document.image);
  ASSERT_FALSE(reading);
  EXPECT_EQ(reading.error().failure, MrzReadFailure::Unreadable) << reading.error().message;
  EXPECT_NE(reading.error().message.find("ambiguous"), std::string::npos) << reading.error().message;
}

TEST(MrzReader, ColourAndDeepImagesReadLikeGrey) {
  const auto document = testing::randomDocument(Format::TD1, 42);
  cv::Mat colour;
  cv::cvtColor(document.image, colour, cv::COLOR_GRAY2BGR);
  cv::Mat withAlpha;
  cv::cvtColor(document.image, withAlpha, cv::COLOR_GRAY2BGRA);
  cv::Mat sixteen;
  document.image.convertTo(sixteen, CV_16U, 257);
  cv::Mat floating;
  document.image.convertTo(floating, CV_32F, 1 / 255.0);
  for (const cv::Mat& image : {document.image, colour, withAlpha, sixteen, floating}) {
    const auto reading = read(image);
    ASSERT_TRUE(reading) << "type " << image.type() << ": " << reading.error().message;
    EXPECT_EQ(reading->correction.lines, document.mrz) << "type " << image.type();
  }
}

TEST(MrzReader, AFrameFarLargerThanNeededIsShrunkAndRead) {
  const auto document = testing::randomDocument(Format::TD3, 43);
  cv::Mat huge;
  cv::resize(document.image, huge, cv::Size(), 2.6, 2.6, cv::INTER_LINEAR);  // about 4200 x 3100
  const auto reading = read(huge);
  ASSERT_TRUE(reading) << reading.error().message;
  EXPECT_EQ(reading->correction.lines, document.mrz);
}

TEST(MrzReader, EmptyTinyAndOddImagesFailCleanly) {
  EXPECT_EQ(read(cv::Mat()).error().failure, MrzReadFailure::NoImage);
  EXPECT_EQ(read(cv::Mat(10, 10, CV_8UC1, cv::Scalar(0))).error().failure, MrzReadFailure::NoImage);
  EXPECT_EQ(read(cv::Mat(1, 5000, CV_8UC1, cv::Scalar(0))).error().failure, MrzReadFailure::NoImage);
  EXPECT_EQ(read(cv::Mat(3000, 20, CV_8UC3, cv::Scalar(0))).error().failure, MrzReadFailure::NoImage);
  const int sizes[] = {4, 4, 4};
  EXPECT_EQ(read(cv::Mat(3, sizes, CV_8UC1, cv::Scalar(0))).error().failure, MrzReadFailure::NoImage);
  EXPECT_FALSE(read(cv::Mat(600, 800, CV_8UC1, cv::Scalar(255))));
  EXPECT_FALSE(read(cv::Mat(600, 800, CV_8UC1, cv::Scalar(0))));
  cv::Mat fiveChannels(600, 800, CV_8UC(5));
  std::fill(fiveChannels.data, fiveChannels.data + fiveChannels.total() * fiveChannels.elemSize(),
            128);  // no Scalar of 5
  EXPECT_FALSE(read(fiveChannels));
  EXPECT_FALSE(read(cv::Mat(600, 800, CV_64FC1, cv::Scalar(std::nan("")))));
  // Types some OpenCV functions do not support at all (they crash rather than throw).
  for (int type : {CV_16FC1, CV_16FC3, CV_8SC1, CV_16SC4, CV_32SC1, CV_16UC2}) {
    const auto reading = read(cv::Mat(600, 800, type, cv::Scalar::all(3)));
    ASSERT_FALSE(reading) << type;
    EXPECT_EQ(reading.error().failure, MrzReadFailure::NoMrzFound) << type << ": " << reading.error().message;
  }
}

TEST(MrzReader, NoiseStripesAndCutOutsNeverCrash) {
  std::mt19937 random(5);
  for (int i = 0; i < 6; ++i) {
    cv::Mat noise(300 + 200 * i, 400 + 250 * i, CV_8UC1);
    cv::RNG(random()).fill(noise, cv::RNG::UNIFORM, 0, 256);
    if (i % 2 == 1) cv::GaussianBlur(noise, noise, cv::Size(0, 0), i);
    const auto reading = read(noise);
    if (reading) {
      EXPECT_FALSE(reading->document.valid());  // noise that passes every check digit: a bug
    }
  }
  // Evenly spaced bars look like characters at a fixed pitch to the band finder.
  cv::Mat bars(700, 1400, CV_8UC1, cv::Scalar(230));
  for (int line = 0; line < 3; ++line) {
    for (int x = 40; x < 1360; x += 30) {
      cv::rectangle(bars, cv::Rect(x, 500 + 50 * line, 6, 30), cv::Scalar(20), cv::FILLED);
    }
  }
  const auto fromBars = read(bars);
  if (fromBars) {
    EXPECT_FALSE(fromBars->document.valid());
  }
  // Pieces of a real document: the MRZ cut in half, a corner, a single line.
  const auto document = testing::randomDocument(Format::TD3, 44).image;
  for (const cv::Rect& cut : {cv::Rect(0, 0, document.cols / 2, document.rows), cv::Rect(0, 0, 300, 300),
                              cv::Rect(0, document.rows - 200, document.cols, 60)}) {
    const auto reading = read(document(cut));
    if (reading) {
      EXPECT_FALSE(reading->document.valid());
    }
  }
}

}  // namespace
}  // namespace foyer::document::mrz
