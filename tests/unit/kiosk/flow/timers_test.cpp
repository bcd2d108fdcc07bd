#include "kiosk/flow/timers.hpp"

#include <gtest/gtest.h>

namespace foyer::flow {
namespace {

using std::chrono::seconds;

TEST(Timers, ExpireInDeadlineOrderAndOnlyOnce) {
  const TimePoint t0{seconds(100)};
  Timers timers;
  timers.start("late", t0 + seconds(5));
  timers.start("early", t0 + seconds(1));
  timers.start("future", t0 + seconds(60));
  EXPECT_FALSE(timers.takeNextExpired(t0));
  EXPECT_EQ(timers.takeNextExpired(t0 + seconds(5)), "early");
  EXPECT_EQ(timers.takeNextExpired(t0 + seconds(5)), "late");
  EXPECT_FALSE(timers.takeNextExpired(t0 + seconds(5)));
  EXPECT_TRUE(timers.deadline("future").has_value());
}

TEST(Timers, RestartMovesTheDeadlineAndCancelRemoves) {
  const TimePoint t0{seconds(100)};
  Timers timers;
  timers.start("idle", t0 + seconds(10));
  timers.start("idle", t0 + seconds(20));
  EXPECT_FALSE(timers.takeNextExpired(t0 + seconds(15)));
  timers.start("state:a", t0);
  timers.start("state:b", t0);
  timers.cancelWithPrefix("state:");
  timers.cancel("idle");
  EXPECT_FALSE(timers.takeNextExpired(t0 + seconds(30)));
}

}  // namespace
}  // namespace foyer::flow
