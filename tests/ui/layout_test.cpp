// Every screen at the three window sizes terminals use: touch targets big enough, on screen, apart.
#include <ostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "screens/theme/theme.hpp"
#include "tests/ui/kiosk_driver.hpp"

namespace foyer::testing {
namespace {

struct Size {
  int width;
  int height;
};

std::string sizeName(const Size& size) { return std::to_string(size.width) + "x" + std::to_string(size.height); }

void PrintTo(const Size& size, std::ostream* out) { *out << sizeName(size); }

void checkTargets(KioskDriver& kiosk, const std::string& where) {
  const float width = static_cast<float>(kiosk.app().width());
  const float height = static_cast<float>(kiosk.app().height());
  std::vector<screens::WidgetRecord> tappable;
  for (const auto& record : kiosk.app().widgets().all()) {
    if (record.tappable) tappable.push_back(record);
  }
  ASSERT_FALSE(tappable.empty()) << where << ": nothing to tap";
  for (const auto& widget : tappable) {
    const auto& r = widget.rect;
    EXPECT_GE(r.w, screens::Metrics::kMinTouchTarget) << where << ": " << widget.id << " too narrow";
    EXPECT_GE(r.h, screens::Metrics::kMinTouchTarget) << where << ": " << widget.id << " too low";
    EXPECT_GE(r.x, 0) << where << ": " << widget.id << " off the left edge";
    EXPECT_GE(r.y, 0) << where << ": " << widget.id << " off the top";
    EXPECT_LE(r.right(), width) << where << ": " << widget.id << " off the right edge";
    EXPECT_LE(r.bottom(), height) << where << ": " << widget.id << " off the bottom";
  }
  for (std::size_t i = 0; i < tappable.size(); ++i) {
    for (std::size_t j = i + 1; j < tappable.size(); ++j) {
      EXPECT_FALSE(tappable[i].rect.overlaps(tappable[j].rect))
          << where << ": " << tappable[i].id << " overlaps " << tappable[j].id;
    }
  }
}

class Layout : public ::testing::TestWithParam<Size> {};

TEST_P(Layout, EveryScreenHasTouchSizedTargetsInsideTheWindow) {
  const Size size = GetParam();
  const std::string name = sizeName(size);
  // The camera sees no MRZ, so every document screen shows: placing, the problem, typing, the result.
  KioskDriver kiosk({.width = size.width, .height = size.height, .renderer = {}, .adjust = [](config::Config& config) {
                       config.document.camera = std::string(FOYER_SOURCE_DIR) + "/assets/simulator/specimen-face.jpg";
                     }});
  ASSERT_EQ(kiosk.app().width(), size.width);
  ASSERT_EQ(kiosk.app().height(), size.height);

  checkTargets(kiosk, name + " attract");
  kiosk.screenshot("layout-" + name + "-01-attract");
  kiosk.tap("attract.start");
  checkTargets(kiosk, name + " language");
  kiosk.screenshot("layout-" + name + "-02-language");
  kiosk.tap("lang.ar");
  checkTargets(kiosk, name + " service (ar)");
  kiosk.screenshot("layout-" + name + "-03-service-ar");
  kiosk.tap("nav.help");
  checkTargets(kiosk, name + " help (ar)");
  kiosk.screenshot("layout-" + name + "-04-help-ar");
  kiosk.tap("help.close");
  kiosk.tap("service.settlement-permit");
  ASSERT_EQ(kiosk.state(), "document");
  checkTargets(kiosk, name + " document (ar)");
  kiosk.screenshot("layout-" + name + "-05-document-ar");
  kiosk.advance(std::chrono::seconds(21));
  ASSERT_EQ(kiosk.state(), "document.problem");
  checkTargets(kiosk, name + " document problem (ar)");
  kiosk.screenshot("layout-" + name + "-06-document-problem-ar");
  kiosk.tap("problem.type");
  ASSERT_EQ(kiosk.state(), "document.typing");
  for (const char* key : {"C", "0", "1", "X", "0", "0", "T", "4", "7"}) kiosk.tap(std::string("key.") + key);
  kiosk.tap("typing.birth");
  for (const char* key : {"1", "2", "0", "8", "1", "9", "8", "3", "0", "1", "0", "1", "2", "0", "3", "1"}) {
    kiosk.tap(std::string("key.") + key);
  }
  checkTargets(kiosk, name + " document typing (ar)");
  kiosk.screenshot("layout-" + name + "-07-document-typing-ar");
  kiosk.tap("typing.confirm");
  ASSERT_TRUE(kiosk.framesUntil([&] { return kiosk.state() == "document.check"; })) << kiosk.state();
  checkTargets(kiosk, name + " document check (ar)");
  kiosk.screenshot("layout-" + name + "-08-document-check-ar");
  kiosk.tap("check.confirm");
  ASSERT_EQ(kiosk.state(), "photo");
  ASSERT_TRUE(kiosk.framesUntil([&] { return !kiosk.app().flow().visit().photo.hint.empty(); }));
  checkTargets(kiosk, name + " photo (ar)");
  kiosk.screenshot("layout-" + name + "-09-photo-ar");
  ASSERT_TRUE(kiosk.framesUntil([&] { return kiosk.state() == "photo.result"; }, std::chrono::seconds(60)));
  checkTargets(kiosk, name + " photo result (ar)");
  kiosk.screenshot("layout-" + name + "-09-photo-result-ar");
  kiosk.tap("photo.use");
  checkTargets(kiosk, name + " summary (ar)");
  kiosk.screenshot("layout-" + name + "-09-summary-ar");
  kiosk.tap("nav.cancel");
  checkTargets(kiosk, name + " cancel question (ar)");
  kiosk.tap("cancel.keep");
  kiosk.advance(std::chrono::seconds(61));
  checkTargets(kiosk, name + " idle question (ar)");
  kiosk.screenshot("layout-" + name + "-10-idle-ar");
  kiosk.tap("idle.continue");
  kiosk.tap("summary.confirm");
  // No card terminal in the UI tests: the fee goes to the counter.
  checkTargets(kiosk, name + " payment problem (ar)");
  kiosk.screenshot("layout-" + name + "-10-payment-problem-ar");
  kiosk.tap("payment.counter");
  checkTargets(kiosk, name + " done (ar)");
  kiosk.screenshot("layout-" + name + "-11-done-ar");
}

TEST(LayoutLimits, TheMostServicesAllowedFitAtTheSmallestSize) {
  KioskDriver kiosk({.width = 1280, .height = 720, .renderer = {}, .adjust = [](config::Config& config) {
                       config.services.clear();
                       for (int i = 0; i < 10; ++i) {
                         config::ServiceConfig service;
                         service.id = "service-" + std::to_string(i);
                         service.feeCents = 1000 * i;
                         service.title.set("en", "Service number " + std::to_string(i));
                         service.description.set("en", "What this service is for, in one line");
                         config.services.push_back(service);
                       }
                     }});
  kiosk.tap("attract.start");
  kiosk.tap("lang.en");
  checkTargets(kiosk, "1280x720 ten services");
  kiosk.screenshot("layout-1280x720-ten-services-en");
  kiosk.tap("service.service-9");
  EXPECT_EQ(kiosk.app().flow().visit().serviceId, "service-9");
}

INSTANTIATE_TEST_SUITE_P(WindowSizes, Layout,
                         ::testing::Values(Size{1920, 1080}, Size{1080, 1920}, Size{1280, 720}),
                         [](const auto& param) { return sizeName(param.param); });

}  // namespace
}  // namespace foyer::testing
