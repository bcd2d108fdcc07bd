// The fingerprint quality score on synthetic prints (tests/data/fingerprint, made by make-test-prints.sh):
// good fingers pass, each degraded variant fails with the instruction that helps the visitor.
#include <string>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "drivers/fingerprint/fingerprint_quality.hpp"

namespace foyer::fingerprint {
namespace {

cv::Mat print(const std::string& name) {
  cv::Mat image = cv::imread(std::string(FOYER_SOURCE_DIR) + "/tests/data/fingerprint/" + name, cv::IMREAD_GRAYSCALE);
  if (image.empty()) throw std::runtime_error("cannot read " + name);
  return image;
}

const FingerCriterionResult& result(const FingerprintQuality& quality, FingerCriterion criterion) {
  for (const auto& r : quality.results) {
    if (r.criterion == criterion) return r;
  }
  throw std::runtime_error("criterion missing");
}

class GoodPrints : public ::testing::TestWithParam<const char*> {};

TEST_P(GoodPrints, PassEveryCriterionWithAHighScore) {
  const FingerprintQuality quality = assessFingerprint(print(GetParam()), FingerprintLimits{});
  EXPECT_TRUE(quality.pass()) << (quality.firstFailure() ? fingerCriterionName(quality.firstFailure()->criterion) : "");
  EXPECT_GE(quality.score, FingerprintLimits{}.minScore);
  EXPECT_GT(quality.areaMm2, 150) << "a flat fingertip";
  EXPECT_GT(quality.flow, 0.8) << "clean ridges run in one direction per block";
}

INSTANTIATE_TEST_SUITE_P(Synthetic, GoodPrints, ::testing::Values("good-loop.png", "good-right-loop.png", "good-arch.png"));

struct BadPrint {
  const char* file;
  FingerCriterion failing;  // the first criterion that fails
  const char* hint;
};

class BadPrints : public ::testing::TestWithParam<BadPrint> {};

TEST_P(BadPrints, FailWithTheInstructionThatHelps) {
  const BadPrint& bad = GetParam();
  const FingerprintQuality quality = assessFingerprint(print(bad.file), FingerprintLimits{});
  ASSERT_FALSE(quality.pass());
  const FingerCriterionResult* first = quality.firstFailure();
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(fingerCriterionName(first->criterion), std::string(fingerCriterionName(bad.failing)))
      << "value " << first->value << " limits [" << first->low << ", " << first->high << "]";
  EXPECT_EQ(first->hint, bad.hint);
  EXPECT_LT(quality.score, 100);
}

INSTANTIATE_TEST_SUITE_P(
    Synthetic, BadPrints,
    ::testing::Values(BadPrint{"blank.png", FingerCriterion::Finger, "fingerprint.hint.place"},
                      BadPrint{"wet.png", FingerCriterion::Pressure, "fingerprint.hint.lighter"},
                      BadPrint{"partial.png", FingerCriterion::Centred, "fingerprint.hint.middle"},
                      BadPrint{"low-contrast.png", FingerCriterion::Contrast, "fingerprint.hint.harder"},
                      BadPrint{"smudged.png", FingerCriterion::Contrast, "fingerprint.hint.still"},
                      BadPrint{"blurred.png", FingerCriterion::Contrast, "fingerprint.hint.still"},
                      BadPrint{"noise.png", FingerCriterion::Flow, "fingerprint.hint.still"}));

TEST(FingerprintQuality, DegradedPrintsScoreBelowTheThresholdAndGoodOnesAbove) {
  const double threshold = FingerprintLimits{}.minScore;
  for (const char* good : {"good-loop.png", "good-right-loop.png", "good-arch.png"}) {
    EXPECT_GE(assessFingerprint(print(good), FingerprintLimits{}).score, threshold) << good;
  }
  for (const char* bad : {"smudged.png", "low-contrast.png", "wet.png", "blurred.png", "noise.png", "blank.png"}) {
    EXPECT_LT(assessFingerprint(print(bad), FingerprintLimits{}).score, threshold) << bad;
  }
}

TEST(FingerprintQuality, AFingerOffToOneSideIsAskedToTheMiddle) {
  // The good print moved 90 px (4.6 mm) to the right on the glass: part of it falls off the edge.
  const cv::Mat good = print("good-loop.png");
  cv::Mat shifted(good.size(), CV_8U, cv::Scalar(255));
  good(cv::Rect(0, 0, good.cols - 90, good.rows)).copyTo(shifted(cv::Rect(90, 0, good.cols - 90, good.rows)));
  const FingerprintQuality quality = assessFingerprint(shifted, FingerprintLimits{});
  EXPECT_FALSE(result(quality, FingerCriterion::Centred).pass);
  EXPECT_EQ(result(quality, FingerCriterion::Centred).hint, "fingerprint.hint.middle");
}

TEST(FingerprintQuality, LimitsComeFromTheConfig) {
  FingerprintLimits strict;
  strict.minScore = 95;
  const FingerprintQuality quality = assessFingerprint(print("good-loop.png"), strict);
  EXPECT_FALSE(result(quality, FingerCriterion::Score).pass);
  EXPECT_EQ(result(quality, FingerCriterion::Score).low, 95);
}

TEST(FingerprintQuality, OddImagesNeverCrash) {
  EXPECT_FALSE(assessFingerprint(cv::Mat(), FingerprintLimits{}).pass());
  EXPECT_FALSE(assessFingerprint(cv::Mat(3, 3, CV_8U, cv::Scalar(0)), FingerprintLimits{}).pass());
  cv::Mat colour;
  cv::cvtColor(print("good-loop.png"), colour, cv::COLOR_GRAY2BGR);
  EXPECT_TRUE(assessFingerprint(colour, FingerprintLimits{}).pass()) << "a colour image is read as grey";
  cv::Mat wide(16, 5000, CV_8U, cv::Scalar(128));
  EXPECT_FALSE(assessFingerprint(wide, FingerprintLimits{}).pass());
}

}  // namespace
}  // namespace foyer::fingerprint
