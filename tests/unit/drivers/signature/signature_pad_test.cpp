// The pad: strokes from finger down to finger up, points kept inside the field, a resting finger and a
// stuck pointer that cannot grow memory, wiping.
#include "drivers/signature/signature_strokes.hpp"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

namespace foyer::signature {
namespace {

TEST(SignaturePad, FingerDownMoveUpMakesOneStroke) {
  SignaturePad pad;
  EXPECT_TRUE(pad.empty());
  pad.begin(0.1F, 0.5F, 0);
  EXPECT_TRUE(pad.drawing());
  pad.extend(0.2F, 0.5F, 16);
  pad.extend(0.3F, 0.4F, 32);
  pad.end();
  EXPECT_FALSE(pad.drawing());
  ASSERT_EQ(pad.strokes().size(), 1U);
  ASSERT_EQ(pad.strokes()[0].size(), 3U);
  EXPECT_FLOAT_EQ(pad.strokes()[0][2].x, 0.3F);
  EXPECT_FLOAT_EQ(pad.strokes()[0][2].y, 0.4F);
  EXPECT_EQ(pad.strokes()[0][2].ms, 32U);
  EXPECT_EQ(pad.pointCount(), 3U);
  EXPECT_FALSE(pad.empty());
}

TEST(SignaturePad, MovesWithoutAFingerDownAreIgnored) {
  SignaturePad pad;
  pad.extend(0.5F, 0.5F, 0);  // hovering before the first touch
  EXPECT_TRUE(pad.empty());
  pad.begin(0.1F, 0.1F, 10);
  pad.end();
  pad.extend(0.9F, 0.9F, 20);  // after the finger is lifted
  EXPECT_EQ(pad.pointCount(), 1U);
  ASSERT_EQ(pad.strokes().size(), 1U);
}

TEST(SignaturePad, ANewTouchStartsANewStrokeEvenWithoutALift) {
  SignaturePad pad;
  pad.begin(0.1F, 0.1F, 0);
  pad.extend(0.2F, 0.1F, 10);
  pad.begin(0.5F, 0.5F, 20);  // the lift was lost
  pad.extend(0.6F, 0.5F, 30);
  ASSERT_EQ(pad.strokes().size(), 2U);
  EXPECT_EQ(pad.strokes()[1].size(), 2U);
}

TEST(SignaturePad, PointsOutsideTheFieldAreClampedToItsEdge) {
  SignaturePad pad;
  pad.begin(-0.5F, 0.5F, 0);
  pad.extend(1.7F, -2.0F, 10);
  pad.extend(0.5F, 3.0F, 20);
  const auto& stroke = pad.strokes().at(0);
  ASSERT_EQ(stroke.size(), 3U);
  EXPECT_FLOAT_EQ(stroke[0].x, 0.0F);
  EXPECT_FLOAT_EQ(stroke[1].x, 1.0F);
  EXPECT_FLOAT_EQ(stroke[1].y, 0.0F);
  EXPECT_FLOAT_EQ(stroke[2].y, 1.0F);
}

TEST(SignaturePad, PositionsThatAreNotNumbersAreDropped) {
  SignaturePad pad;
  const float nan = std::numeric_limits<float>::quiet_NaN();
  pad.begin(nan, 0.5F, 0);
  EXPECT_TRUE(pad.strokes().empty());
  pad.begin(0.5F, 0.5F, 0);
  pad.extend(0.6F, std::numeric_limits<float>::infinity(), 10);
  EXPECT_EQ(pad.pointCount(), 1U);
}

TEST(SignaturePad, AFingerRestingInPlaceAddsNoPoints) {
  SignaturePad pad;
  pad.begin(0.5F, 0.5F, 0);
  for (std::uint32_t ms = 1; ms <= 5000; ++ms) {
    const float jitter = (ms % 2 == 0 ? 1.0F : -1.0F) * SignaturePad::kMinStep * 0.3F;
    pad.extend(0.5F + jitter, 0.5F - jitter, ms);
  }
  EXPECT_EQ(pad.pointCount(), 1U);
}

TEST(SignaturePad, ASlowLineIsStillRecordedInFull) {
  // Each move is below the minimum step, but they add up from the last kept point.
  SignaturePad pad;
  pad.begin(0.1F, 0.5F, 0);
  for (int i = 1; i <= 1000; ++i)
    pad.extend(0.1F + static_cast<float>(i) * 0.0004F, 0.5F, static_cast<std::uint32_t>(i));
  const auto& stroke = pad.strokes().at(0);
  EXPECT_GT(stroke.size(), 100U);
  EXPECT_LT(stroke.size(), 500U);
  EXPECT_NEAR(stroke.back().x, 0.5F, 0.002F);
}

TEST(SignaturePad, AStuckPointerCannotGrowThePadBeyondItsCap) {
  SignaturePad pad;
  for (int s = 0; s < 30; ++s) {
    pad.begin(0.0F, 0.0F, 0);
    for (int i = 1; i < 2000; ++i) {
      const float x = static_cast<float>(i % 2);  // full-width zigzag: every point is kept
      pad.extend(x, static_cast<float>(i % 7) / 7.0F, static_cast<std::uint32_t>(i));
    }
    pad.end();
  }
  EXPECT_EQ(pad.pointCount(), SignaturePad::kMaxPoints);
  std::size_t held = 0;
  for (const auto& stroke : pad.strokes()) held += stroke.size();
  EXPECT_EQ(held, SignaturePad::kMaxPoints);
  const auto strokes = pad.strokes().size();
  pad.begin(0.5F, 0.5F, 0);
  EXPECT_EQ(pad.strokes().size(), strokes) << "no empty stroke is opened once the pad is full";
  EXPECT_FALSE(pad.drawing());
}

TEST(SignaturePad, ClearAndWipeLeaveAnEmptyPadThatDrawsAgain) {
  SignaturePad pad;
  pad.begin(0.1F, 0.1F, 0);
  pad.extend(0.9F, 0.9F, 10);
  pad.clear();
  EXPECT_TRUE(pad.empty());
  EXPECT_TRUE(pad.strokes().empty());
  EXPECT_FALSE(pad.drawing());
  pad.begin(0.2F, 0.2F, 0);
  pad.extend(0.3F, 0.3F, 10);
  pad.wipe();
  EXPECT_TRUE(pad.empty());
  EXPECT_EQ(pad.pointCount(), 0U);
  EXPECT_TRUE(pad.strokes().empty());
  pad.begin(0.4F, 0.4F, 0);
  EXPECT_EQ(pad.pointCount(), 1U);
}

TEST(SignaturePad, AnAspectRatioThatIsNoNumberIsTakenAsSquare) {
  EXPECT_DOUBLE_EQ(usableAspectRatio(4.0), 4.0);
  EXPECT_DOUBLE_EQ(usableAspectRatio(std::nan("")), 1.0);
  EXPECT_GT(usableAspectRatio(0.0), 0.0);
  EXPECT_LE(usableAspectRatio(1e9), 20.0);
}

}  // namespace
}  // namespace foyer::signature
