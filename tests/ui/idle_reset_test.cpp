// An abandoned visit asks "Are you still there?", counts down, and then resets through cleanup.
#include <algorithm>

#include <gtest/gtest.h>

#include "tests/ui/kiosk_driver.hpp"

namespace foyer::testing {
namespace {

using std::chrono::seconds;

void startVisit(KioskDriver& kiosk) {
  kiosk.tap("attract.start");
  kiosk.tap("lang.en");
  kiosk.tap("service.address-change");  // no photo: straight to the summary
  kiosk.passDocumentStep();
}

TEST(IdleReset, AbandonedVisitAsksThenCountsDownThenResets) {
  KioskDriver kiosk;
  startVisit(kiosk);
  ASSERT_EQ(kiosk.state(), "summary");
  ASSERT_EQ(kiosk.app().flow().visit().serviceId, "address-change");

  kiosk.advance(seconds(59));  // config: idle_timeout_s = 60
  EXPECT_FALSE(kiosk.hasWidget("idle.continue"));
  kiosk.advance(seconds(2));
  ASSERT_TRUE(kiosk.hasWidget("idle.continue"));
  EXPECT_FALSE(kiosk.widget("summary.confirm").tappable);
  kiosk.screenshot("idle-1920x1080-question-en");

  kiosk.advance(seconds(19));  // config: idle_countdown_s = 20
  EXPECT_EQ(kiosk.state(), "summary");
  kiosk.advance(seconds(2));
  EXPECT_EQ(kiosk.state(), "attract");
  const auto& history = kiosk.app().flow().history();
  EXPECT_NE(std::find(history.begin(), history.end(), "cleanup.wipe"), history.end());
  EXPECT_EQ(kiosk.app().flow().lastAbortReason(), "idle timeout");
  EXPECT_TRUE(kiosk.app().flow().visit().serviceId.empty());
  EXPECT_EQ(kiosk.app().flow().visit().language, "de");
  kiosk.screenshot("idle-1920x1080-after-reset");
}

TEST(IdleReset, AnsweringTheQuestionKeepsTheVisit) {
  KioskDriver kiosk;
  startVisit(kiosk);
  kiosk.advance(seconds(61));
  ASSERT_TRUE(kiosk.hasWidget("idle.continue"));
  kiosk.tap("idle.continue");
  EXPECT_FALSE(kiosk.hasWidget("idle.continue"));
  EXPECT_EQ(kiosk.state(), "summary");
  kiosk.advance(seconds(40));  // the idle time starts again from the answer
  EXPECT_FALSE(kiosk.hasWidget("idle.continue"));
  EXPECT_EQ(kiosk.state(), "summary");
}

TEST(IdleReset, TouchingTheScreenDuringAStepRestartsTheIdleTime) {
  KioskDriver kiosk;
  kiosk.tap("attract.start");
  kiosk.advance(seconds(50));
  kiosk.tap("lang.de");  // activity at 50 s
  kiosk.advance(seconds(50));
  EXPECT_FALSE(kiosk.hasWidget("idle.continue"));
  kiosk.advance(seconds(11));
  EXPECT_TRUE(kiosk.hasWidget("idle.continue"));
}

TEST(IdleReset, AttractLoopNeverTimesOut) {
  KioskDriver kiosk;
  kiosk.advance(seconds(3600));
  EXPECT_EQ(kiosk.state(), "attract");
  EXPECT_FALSE(kiosk.hasWidget("idle.continue"));
}

}  // namespace
}  // namespace foyer::testing
