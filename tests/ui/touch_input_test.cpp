// Touch reaches the screens through the app's own pointer handling (ImGui 1.86 ignores touch events).
#include <gtest/gtest.h>

#include "tests/ui/kiosk_driver.hpp"

namespace foyer::testing {
namespace {

TEST(TouchInput, TapShorterThanOneFrameIsNotLost) {
  KioskDriver kiosk;
  kiosk.tap("attract.start");
  const auto& english = kiosk.widget("lang.en").rect;
  kiosk.quickTapAt(english.centerX(), english.centerY());  // down and up before the next frame
  kiosk.frames(4);
  EXPECT_EQ(kiosk.state(), "service");
  EXPECT_EQ(kiosk.app().flow().visit().language, "en");
}

TEST(TouchInput, TouchThatAnswersTheIdleQuestionDoesNotPressTheButtonBehindIt) {
  KioskDriver kiosk;
  kiosk.tap("attract.start");
  kiosk.tap("lang.en");
  kiosk.advance(std::chrono::seconds(61));
  ASSERT_TRUE(kiosk.hasWidget("idle.continue"));
  // Tap where a service tile is, outside the question's button.
  const auto& tile = kiosk.widget("service.address-change").rect;
  kiosk.quickTapAt(tile.centerX(), tile.centerY());
  kiosk.frames(4);
  EXPECT_FALSE(kiosk.hasWidget("idle.continue")) << "any touch answers the question";
  EXPECT_EQ(kiosk.state(), "service") << "the touch must not also choose the service behind the question";
}

TEST(TouchInput, TouchOutsideAnyButtonDoesNothing) {
  KioskDriver kiosk;
  kiosk.tap("attract.start");
  kiosk.quickTapAt(5, 5);
  kiosk.frames(4);
  EXPECT_EQ(kiosk.state(), "language");
}

}  // namespace
}  // namespace foyer::testing
