// A visitor walks the office skeleton by touch, in Arabic, and cancels; the flow must pass cleanup.
#include <algorithm>

#include <gtest/gtest.h>

#include "tests/ui/kiosk_driver.hpp"

namespace foyer::testing {
namespace {

bool visited(KioskDriver& kiosk, std::string_view state) {
  const auto& history = kiosk.app().flow().history();
  return std::find(history.begin(), history.end(), state) != history.end();
}

TEST(OfficeWalk, ArabicVisitToSummaryThenCancelEndsThroughCleanup) {
  KioskDriver kiosk;
  ASSERT_EQ(kiosk.state(), "attract");
  kiosk.screenshot("walk-1920x1080-01-attract");

  kiosk.tap("attract.start");
  ASSERT_EQ(kiosk.state(), "language");
  kiosk.screenshot("walk-1920x1080-02-language");

  kiosk.tap("lang.ar");
  ASSERT_EQ(kiosk.state(), "service");
  EXPECT_EQ(kiosk.app().flow().visit().language, "ar");
  // Right to left: Back sits on the right, Cancel on the left.
  EXPECT_GT(kiosk.widget("nav.back").rect.x, static_cast<float>(kiosk.app().width()) / 2);
  EXPECT_LT(kiosk.widget("nav.cancel").rect.x, static_cast<float>(kiosk.app().width()) / 2);
  kiosk.screenshot("walk-1920x1080-03-service-ar");

  kiosk.tap("service.settlement-permit");

  kiosk.passDocumentStep();
  kiosk.passPhotoStep();
  ASSERT_EQ(kiosk.state(), "summary");
  EXPECT_EQ(kiosk.app().flow().visit().serviceId, "settlement-permit");
  kiosk.screenshot("walk-1920x1080-04-summary-ar");

  kiosk.tap("nav.cancel");
  ASSERT_EQ(kiosk.state(), "summary") << "Cancel must ask first";
  ASSERT_TRUE(kiosk.hasWidget("cancel.confirm"));
  EXPECT_FALSE(kiosk.widget("summary.confirm").tappable) << "the page behind the question must not react";
  kiosk.screenshot("walk-1920x1080-05-cancel-question-ar");

  kiosk.tap("cancel.confirm");
  EXPECT_EQ(kiosk.state(), "attract");
  EXPECT_TRUE(visited(kiosk, "cleanup.wipe"));
  EXPECT_EQ(kiosk.app().flow().visit().language, "de") << "the language is per visit";
  EXPECT_TRUE(kiosk.app().flow().visit().serviceId.empty()) << "the visit's choices are wiped";
  EXPECT_EQ(kiosk.app().flow().lastAbortReason(), "cancelled by the visitor");
}

TEST(OfficeWalk, KeepingTheVisitAfterCancelStaysOnTheStep) {
  KioskDriver kiosk;
  kiosk.tap("attract.start");
  kiosk.tap("lang.en");
  kiosk.tap("nav.cancel");
  kiosk.tap("cancel.keep");
  EXPECT_EQ(kiosk.state(), "service");
  EXPECT_EQ(kiosk.app().flow().visit().language, "en");
  EXPECT_FALSE(kiosk.hasWidget("cancel.confirm"));
}

TEST(OfficeWalk, BackReturnsToThePreviousStepAndFromTheFirstStepEndsTheVisit) {
  KioskDriver kiosk;
  kiosk.tap("attract.start");
  kiosk.tap("lang.tr");
  ASSERT_EQ(kiosk.state(), "service");
  kiosk.tap("nav.back");
  ASSERT_EQ(kiosk.state(), "language");
  kiosk.tap("nav.back");
  EXPECT_EQ(kiosk.state(), "attract");
  EXPECT_TRUE(visited(kiosk, "cleanup.wipe"));
}

TEST(OfficeWalk, FinishedVisitShowsThanksAndReturnsToAttract) {
  KioskDriver kiosk;
  kiosk.tap("attract.start");
  kiosk.tap("lang.de");
  kiosk.tap("service.address-change");
  kiosk.passDocumentStep();
  kiosk.tap("summary.confirm");
  ASSERT_EQ(kiosk.state(), "done");
  EXPECT_FALSE(kiosk.hasWidget("nav.cancel")) << "a finished visit cannot be cancelled";
  kiosk.screenshot("walk-1920x1080-06-done-de");
  kiosk.tap("done.finish");
  EXPECT_EQ(kiosk.state(), "attract");
  EXPECT_TRUE(kiosk.app().flow().visit().serviceId.empty());
}

TEST(OfficeWalk, HelpOpensOverTheStepAndCloses) {
  KioskDriver kiosk;
  kiosk.tap("attract.start");
  kiosk.tap("lang.uk");
  kiosk.tap("nav.help");
  ASSERT_TRUE(kiosk.hasWidget("help.close"));
  EXPECT_FALSE(kiosk.widget("service.settlement-permit").tappable);
  kiosk.screenshot("walk-1920x1080-07-help-uk");
  kiosk.tap("help.close");
  EXPECT_FALSE(kiosk.hasWidget("help.close"));
  EXPECT_EQ(kiosk.state(), "service");
}

TEST(OfficeWalk, SdlRendererDrawsTheSameFlow) {
  KioskDriver kiosk({.width = 1280, .height = 720, .renderer = config::Renderer::SdlRenderer, .adjust = {}});
  EXPECT_STREQ(kiosk.app().rendererName(), "sdl");
  kiosk.tap("attract.start");
  kiosk.tap("lang.ru");
  EXPECT_EQ(kiosk.state(), "service");
  kiosk.screenshot("walk-1280x720-sdl-service-ru");
}

}  // namespace
}  // namespace foyer::testing
