// The lockout after wrong PINs: three in a row lock the panel for five minutes, a right PIN or the end of
// the lock starts the count again, and a PIN tried while locked changes nothing.
#include "kiosk/staff/staff_lockout.hpp"

#include <gtest/gtest.h>

namespace foyer::staff {
namespace {

using std::chrono::milliseconds;
using std::chrono::minutes;
using std::chrono::seconds;

const StaffLockout::TimePoint t0{seconds(1000)};

TEST(StaffLockout, ThreeWrongPinsLockThePanelForFiveMinutes) {
  StaffLockout lockout;
  EXPECT_EQ(lockout.triesLeft(t0), 3);
  lockout.failed(t0);
  lockout.failed(t0 + seconds(5));
  EXPECT_FALSE(lockout.locked(t0 + seconds(5)));
  EXPECT_EQ(lockout.triesLeft(t0 + seconds(5)), 1);
  EXPECT_EQ(lockout.remaining(t0 + seconds(5)), seconds(0));
  lockout.failed(t0 + seconds(10));
  EXPECT_TRUE(lockout.locked(t0 + seconds(10)));
  EXPECT_EQ(lockout.triesLeft(t0 + seconds(10)), 0);
  EXPECT_EQ(lockout.remaining(t0 + seconds(10)), minutes(5));
  EXPECT_TRUE(lockout.locked(t0 + seconds(309)));
  EXPECT_EQ(lockout.remaining(t0 + seconds(309)), seconds(1));
  EXPECT_FALSE(lockout.locked(t0 + seconds(310)));
  EXPECT_EQ(lockout.remaining(t0 + seconds(310)), seconds(0));
}

TEST(StaffLockout, TheRemainingTimeIsRoundedUp) {
  StaffLockout lockout(1, seconds(60));
  lockout.failed(t0);
  EXPECT_EQ(lockout.remaining(t0 + milliseconds(500)), seconds(60));
  EXPECT_EQ(lockout.remaining(t0 + milliseconds(59'001)), seconds(1)) << "never 0 while it holds";
}

TEST(StaffLockout, ARightPinStartsTheCountAgain) {
  StaffLockout lockout;
  lockout.failed(t0);
  lockout.failed(t0);
  lockout.succeeded();
  lockout.failed(t0);
  lockout.failed(t0);
  EXPECT_FALSE(lockout.locked(t0));
  EXPECT_EQ(lockout.triesLeft(t0), 1);
}

TEST(StaffLockout, TheEndOfTheLockStartsTheCountAgain) {
  StaffLockout lockout;
  for (int i = 0; i < 3; ++i) lockout.failed(t0);
  const auto later = t0 + minutes(6);
  EXPECT_EQ(lockout.triesLeft(later), 3);
  lockout.failed(later);
  EXPECT_FALSE(lockout.locked(later)) << "one wrong PIN after the lock is not a fourth in a row";
  EXPECT_EQ(lockout.triesLeft(later), 2);
  lockout.failed(later);
  lockout.failed(later);
  EXPECT_TRUE(lockout.locked(later));
}

TEST(StaffLockout, APinTriedWhileLockedNeitherCountsNorLengthensTheLock) {
  StaffLockout lockout;
  for (int i = 0; i < 3; ++i) lockout.failed(t0);
  lockout.failed(t0 + minutes(4));
  EXPECT_EQ(lockout.remaining(t0 + minutes(4)), minutes(1));
  EXPECT_FALSE(lockout.locked(t0 + minutes(5)));
}

TEST(StaffLockout, TheLimitsComeFromConfig) {
  StaffLockout lockout(5, seconds(30));
  for (int i = 0; i < 4; ++i) lockout.failed(t0);
  EXPECT_FALSE(lockout.locked(t0));
  lockout.failed(t0);
  EXPECT_EQ(lockout.remaining(t0), seconds(30));
  StaffLockout strictest(0, seconds(30));  // a broken value still locks after a wrong PIN
  strictest.failed(t0);
  EXPECT_TRUE(strictest.locked(t0));
}

}  // namespace
}  // namespace foyer::staff
