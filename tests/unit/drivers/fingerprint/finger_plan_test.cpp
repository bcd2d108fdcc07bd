// The finger plan: both index fingers by default, BSI's fall-back order (thumb, middle, ring) when a
// finger gives no good print or staff mark it missing or bandaged, every replaced finger recorded, a
// single hand redone without touching the other, children exempt.
#include <gtest/gtest.h>

#include "drivers/fingerprint/finger_plan.hpp"

namespace foyer::fingerprint {
namespace {

TEST(FingerPlan, TakesTheRightThenTheLeftIndexFinger) {
  FingerPlan plan(3, false);
  EXPECT_EQ(plan.current(), kRightIndex);
  plan.captured(true);
  EXPECT_EQ(plan.current(), kLeftIndex);
  plan.captured(true);
  EXPECT_TRUE(plan.complete());
  EXPECT_EQ(plan.takenRight(), kRightIndex);
  EXPECT_EQ(plan.takenLeft(), kLeftIndex);
  EXPECT_TRUE(plan.exceptions().empty());
}

TEST(FingerPlan, ABadPrintUsesATryAndTheLastTryFallsBackToTheThumb) {
  FingerPlan plan(3, false);
  plan.captured(false);
  plan.captured(false);
  EXPECT_EQ(plan.current(), kRightIndex) << "two of three tries used";
  EXPECT_EQ(plan.attempts(), 2);
  plan.captured(false);
  EXPECT_EQ(plan.current(), kRightThumb);
  EXPECT_EQ(plan.attempts(), 0) << "the thumb gets its own tries";
  plan.captured(true);
  EXPECT_EQ(plan.takenRight(), kRightThumb);
  ASSERT_EQ(plan.exceptions().size(), 1U);
  EXPECT_EQ(plan.exceptions()[0].position, kRightIndex);
  EXPECT_EQ(plan.exceptions()[0].reason, FingerException::PoorQuality);
}

TEST(FingerPlan, StaffMarkingAFingerMissingMovesOnInBsiOrder) {
  FingerPlan plan(3, false);
  plan.captured(true);  // right index
  plan.unavailable(FingerException::Missing);  // left index
  EXPECT_EQ(plan.current(), kLeftThumb);
  plan.unavailable(FingerException::Bandaged);
  EXPECT_EQ(plan.current(), kLeftMiddle);
  plan.unavailable(FingerException::Bandaged);
  EXPECT_EQ(plan.current(), kLeftRing) << "never the little finger";
  plan.captured(true);
  EXPECT_EQ(plan.takenLeft(), kLeftRing);
  ASSERT_EQ(plan.exceptions().size(), 3U);
  EXPECT_STREQ(fingerExceptionName(plan.exceptions()[0].reason), "missing");
  EXPECT_STREQ(fingerName(plan.exceptions()[1].position), "left_thumb");
}

TEST(FingerPlan, AHandWithNoUsableFingerIsLeftWithoutAPrintAndTheOtherStillTaken) {
  FingerPlan plan(1, false);
  for (int i = 0; i < 4; ++i) plan.captured(false);
  EXPECT_EQ(plan.takenRight(), 0);
  EXPECT_EQ(plan.current(), kLeftIndex);
  plan.captured(true);
  EXPECT_TRUE(plan.complete());
  EXPECT_EQ(plan.exceptions().size(), 4U);
}

TEST(FingerPlan, AHandIsDoneWithAPrintOrWithoutAndAgainOpenWhenRedone) {
  FingerPlan plan(1, false);
  EXPECT_FALSE(plan.handDone(0));
  for (int finger = 0; finger < 4; ++finger) plan.captured(false);  // no usable right finger
  EXPECT_TRUE(plan.handDone(0));
  EXPECT_EQ(plan.takenRight(), 0);
  EXPECT_EQ(handOf(*plan.current()), 1);
  plan.captured(true);
  EXPECT_TRUE(plan.handDone(1));
  plan.redoHand(kRightIndex);
  EXPECT_FALSE(plan.handDone(0));
  EXPECT_TRUE(plan.handDone(1)) << "the left hand keeps its print";
}

TEST(FingerPlan, RedoingOneHandKeepsTheOther) {
  FingerPlan plan(3, false);
  plan.captured(false);
  plan.captured(false);
  plan.captured(false);
  plan.captured(true);  // right thumb after the index failed
  plan.captured(true);  // left index
  ASSERT_TRUE(plan.complete());
  plan.redoHand(kRightThumb);
  EXPECT_EQ(plan.current(), kRightIndex) << "the redone hand starts from its index finger";
  EXPECT_TRUE(plan.exceptions().empty()) << "its old exceptions no longer apply";
  plan.captured(true);
  EXPECT_TRUE(plan.complete()) << "the left hand is not asked again";
  EXPECT_EQ(plan.takenRight(), kRightIndex);
  EXPECT_EQ(plan.takenLeft(), kLeftIndex);
}

TEST(FingerPlan, StaffKeepingAPoorPrintFinishesItsHandWithThatFinger) {
  FingerPlan plan(3, false);
  plan.captured(false);
  plan.approve();
  EXPECT_EQ(plan.takenRight(), kRightIndex);
  EXPECT_EQ(plan.current(), kLeftIndex) << "the left hand is next";
  EXPECT_TRUE(plan.exceptions().empty());
}

TEST(FingerPlan, ChildrenBelowTheAgeGiveNoFingerprints) {
  FingerPlan plan(3, true);
  EXPECT_TRUE(plan.complete());
  ASSERT_EQ(plan.exceptions().size(), 1U);
  EXPECT_EQ(plan.exceptions()[0].reason, FingerException::Exempt);
}

}  // namespace
}  // namespace foyer::fingerprint
