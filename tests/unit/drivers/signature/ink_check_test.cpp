// The ink check: a hand-written name across the field passes; a dot, a dash, an empty pad and a tall
// narrow scribble are refused with the hint that tells the visitor what to do.
#include "drivers/signature/ink_check.hpp"

#include <cmath>
#include <numbers>

#include <gtest/gtest.h>

#include "tests/unit/drivers/signature/synthetic_signature.hpp"

namespace foyer::signature {
namespace {

constexpr double kAspect = 4.0;

TEST(InkCheck, AHandWrittenNameAcrossMoreThanHalfTheFieldIsAccepted) {
  const auto verdict = checkInk(testing::syntheticName(0.2, 0.8), kAspect);
  EXPECT_TRUE(verdict.accepted);
  EXPECT_EQ(verdict.hint, "");
  EXPECT_NEAR(verdict.span, 0.6, 0.01);
  EXPECT_GT(verdict.ink, 1.5);
  EXPECT_GT(verdict.points, 100);
}

TEST(InkCheck, AnEmptyPadAsksForASignature) {
  const auto verdict = checkInk({}, kAspect);
  EXPECT_FALSE(verdict.accepted);
  EXPECT_EQ(verdict.hint, "signature.hint.empty");
  EXPECT_EQ(verdict.points, 0);
  EXPECT_FALSE(checkInk({Stroke{}}, kAspect).accepted) << "a stroke with no point is no ink either";
}

TEST(InkCheck, ADotIsRefused) {
  const auto verdict = checkInk({Stroke{{0.5F, 0.5F, 0}}}, kAspect);
  EXPECT_FALSE(verdict.accepted);
  EXPECT_EQ(verdict.hint, "signature.hint.more");
  EXPECT_DOUBLE_EQ(verdict.ink, 0.0);
}

TEST(InkCheck, AShortDashIsRefused) {
  Stroke dash;
  for (int i = 0; i <= 20; ++i) dash.push_back({0.4F + 0.005F * static_cast<float>(i), 0.5F, 0});
  const auto verdict = checkInk({dash}, kAspect);
  EXPECT_FALSE(verdict.accepted);
  EXPECT_EQ(verdict.hint, "signature.hint.more");
  EXPECT_NEAR(verdict.ink, 0.1, 1e-4);
}

TEST(InkCheck, ATallNarrowScribbleIsAskedToBeWider) {
  // Up and down twenty times within 5 % of the width: plenty of ink and points, but no name is that narrow.
  Stroke scribble;
  for (int i = 0; i <= 400; ++i) {
    const double t = i / 400.0;
    const double y = 0.5 + 0.45 * std::sin(t * 20 * 2 * std::numbers::pi);
    scribble.push_back({static_cast<float>(0.45 + 0.05 * t), static_cast<float>(y), 0});
  }
  const auto verdict = checkInk({scribble}, kAspect);
  EXPECT_FALSE(verdict.accepted);
  EXPECT_EQ(verdict.hint, "signature.hint.wider");
  EXPECT_GT(verdict.ink, 1.0);
  EXPECT_NEAR(verdict.span, 0.05, 0.001);
}

TEST(InkCheck, InkIsMeasuredInFieldWidths) {
  // On a 4:1 field a stroke down the full height is a quarter as long as one across the full width.
  const Stroke across{{0.0F, 0.5F, 0}, {1.0F, 0.5F, 0}};
  const Stroke down{{0.5F, 0.0F, 0}, {0.5F, 1.0F, 0}};
  EXPECT_NEAR(checkInk({across}, 4.0).ink, 1.0, 1e-6);
  EXPECT_NEAR(checkInk({down}, 4.0).ink, 0.25, 1e-6);
  EXPECT_NEAR(checkInk({down}, 2.0).ink, 0.5, 1e-6);
  EXPECT_NEAR(checkInk({across, down}, 4.0).ink, 1.25, 1e-6) << "strokes add up, the gap between them does not";
}

TEST(InkCheck, AFewFastLongStrokesAreTooFewPoints) {
  // Three swipes across the field: enough length, but a pointer that gave 6 positions drew no name.
  const Stroke swipe{{0.1F, 0.2F, 0}, {0.9F, 0.8F, 0}};
  const auto verdict = checkInk({swipe, swipe, swipe}, kAspect);
  EXPECT_GT(verdict.ink, 2.0);
  EXPECT_EQ(verdict.points, 6);
  EXPECT_EQ(verdict.hint, "signature.hint.more");
}

TEST(InkCheck, TheLimitsComeFromTheCaller) {
  const auto name = testing::syntheticName(0.2, 0.8);
  InkLimits strict;
  strict.minInk = 100;
  EXPECT_EQ(checkInk(name, kAspect, strict).hint, "signature.hint.more");
  InkLimits wide;
  wide.minSpan = 0.9;
  EXPECT_EQ(checkInk(name, kAspect, wide).hint, "signature.hint.wider");
  InkLimits lenient;
  lenient.minInk = 0.05;
  lenient.minSpan = 0.05;
  lenient.minPoints = 2;
  Stroke dash{{0.4F, 0.5F, 0}, {0.5F, 0.5F, 10}};
  EXPECT_TRUE(checkInk({dash}, kAspect, lenient).accepted);
}

TEST(InkCheck, ANameDrawnOnThePadIsAccepted) {
  const auto pad = testing::padWith(testing::syntheticName(0.15, 0.75));
  EXPECT_GT(pad.pointCount(), 300U);
  EXPECT_TRUE(checkInk(pad.strokes(), kAspect).accepted);
}

}  // namespace
}  // namespace foyer::signature
