#include "kiosk/app/pointer_input.hpp"

#include <gtest/gtest.h>

namespace foyer::app {
namespace {

TEST(PointerInput, TapWithinOneFrameIsSeenDownThenUp) {
  PointerInput input;
  input.press(100, 200, true);
  input.release(100, 200, true);
  const PointerFrame first = input.nextFrame();
  EXPECT_TRUE(first.down);
  EXPECT_TRUE(first.pressed);
  EXPECT_FLOAT_EQ(first.x, 100);
  const PointerFrame second = input.nextFrame();
  EXPECT_FALSE(second.down);
  EXPECT_TRUE(second.visible) << "the release is seen where it happened";
  const PointerFrame third = input.nextFrame();
  EXPECT_FALSE(third.visible) << "a lifted finger leaves no hovering pointer";
}

TEST(PointerInput, TwoTapsBetweenFramesAreBothDelivered) {
  PointerInput input;
  input.press(10, 10, true);
  input.release(10, 10, true);
  input.press(50, 50, true);
  input.release(50, 50, true);
  int presses = 0;
  for (int frame = 0; frame < 6; ++frame) presses += input.nextFrame().pressed ? 1 : 0;
  EXPECT_EQ(presses, 2);
}

TEST(PointerInput, MouseStaysVisibleAfterRelease) {
  PointerInput input;
  input.move(5, 6, false);
  input.press(5, 6, false);
  input.release(5, 6, false);
  input.nextFrame();
  input.nextFrame();
  const PointerFrame after = input.nextFrame();
  EXPECT_TRUE(after.visible);
  EXPECT_FALSE(after.down);
}

TEST(PointerInput, MovesBeforeThePressLandAtThePressPosition) {
  PointerInput input;
  input.move(1, 1, true);
  input.move(2, 2, true);
  input.press(3, 3, true);
  input.move(9, 9, true);
  const PointerFrame frame = input.nextFrame();
  EXPECT_TRUE(frame.down);
  EXPECT_FLOAT_EQ(frame.x, 3) << "the press is applied where it happened; later moves wait";
  EXPECT_FLOAT_EQ(input.nextFrame().x, 9);
}

TEST(PointerInput, RepeatedReleaseChangesNothing) {
  PointerInput input;
  input.release(1, 1, false);
  const PointerFrame frame = input.nextFrame();
  EXPECT_FALSE(frame.down);
  EXPECT_FALSE(frame.pressed);
}

}  // namespace
}  // namespace foyer::app
