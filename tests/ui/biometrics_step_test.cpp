// Fingerprints, signature and the staff panel in the real kiosk, offscreen. The scanner is libfprint's
// virtual_image device, fed synthetic prints over its socket one placement at a time (as a finger on the
// glass); the signature is drawn with synthetic touch strokes; staff open the panel with the corner
// gesture and their PIN. Waits are for the flow to change, never for time to pass.
#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>

#include "drivers/simulators/fingerprint/virtual_image_link.hpp"
#include "tests/ui/kiosk_driver.hpp"

namespace foyer::testing {
namespace {

using std::chrono::seconds;
namespace sim = simulators::fingerprint;

// A private virtual_image socket and data folder per test, set before the kiosk opens the scanner.
class Biometrics : public ::testing::Test {
 protected:
  Biometrics() {
    std::filesystem::create_directories(m_data);
    setenv("FP_VIRTUAL_IMAGE", m_socket.c_str(), 1);
  }
  ~Biometrics() override {
    unsetenv("FP_VIRTUAL_IMAGE");
    std::filesystem::remove(m_socket);
    std::filesystem::remove_all(m_data);
  }
  DriverOptions withSteps(std::vector<std::string> steps) {
    DriverOptions options;
    options.adjust = [this, steps](config::Config& config) {
      config.paths.data = m_data;
      for (auto& service : config.services) {
        if (service.id == "residence-permit") service.steps = steps;
      }
    };
    return options;
  }
  static void walkIn(KioskDriver& kiosk, const std::string& language) {
    kiosk.tap("attract.start");
    kiosk.tap("lang." + language);
    kiosk.tap("service.residence-permit");
    kiosk.passDocumentStep();
  }
  // A finger on the glass: the scanner reads it, the flow judges it; returns once the flow has it.
  void place(KioskDriver& kiosk, const std::string& print) {
    const auto before = kiosk.app().flow().visit().fingerprintSerial;
    const cv::Mat image =
        cv::imread(std::string(FOYER_SOURCE_DIR) + "/tests/data/fingerprint/" + print, cv::IMREAD_GRAYSCALE);
    ASSERT_FALSE(image.empty()) << print;
    sim::VirtualImageLink link = sim::VirtualImageLink::connect(m_socket, 20000);
    ASSERT_TRUE(link.connected()) << "the virtual scanner's socket did not appear";
    ASSERT_TRUE(link.send(sim::imageMessage(image)));
    ASSERT_TRUE(kiosk.framesUntil([&] { return kiosk.app().flow().visit().fingerprintSerial != before; }))
        << "the print never reached the flow";
  }
  static const visit::Visit& visit(KioskDriver& kiosk) { return kiosk.app().flow().visit(); }
  // The corner gesture, the simulated terminal's staff number 1000 and `pin` on the pad.
  static void staffLogin(KioskDriver& kiosk, const std::string& pin) {
    for (int i = 0; i < 3; ++i) kiosk.tap("staff.corner");
    ASSERT_TRUE(kiosk.hasWidget("staff.login")) << kiosk.widgetIds();
    typeLogin(kiosk, pin);
  }
  static void typeLogin(KioskDriver& kiosk, const std::string& pin) {
    kiosk.tap("staff.field.id");
    for (char digit : std::string("1000")) kiosk.tap(std::string("staff.key.") + digit);
    kiosk.tap("staff.field.pin");
    for (char digit : pin) kiosk.tap(std::string("staff.key.") + digit);
    kiosk.tap("staff.login");
  }
  // A name written across the field: a few loops along a line, in screen pixels.
  static std::vector<std::pair<float, float>> name(const screens::Rect& field) {
    std::vector<std::pair<float, float>> points;
    for (int i = 0; i <= 90; ++i) {
      const float t = static_cast<float>(i) / 90.0F;
      points.emplace_back(field.x + field.w * (0.1F + 0.7F * t),
                          field.y + field.h * (0.55F + 0.25F * std::sin(t * 30.0F)));
    }
    return points;
  }

  std::string m_socket =
      (std::filesystem::temp_directory_path() / ("foyer-ui-fp-" + std::to_string(getpid()) + ".sock")).string();
  std::filesystem::path m_data =
      std::filesystem::temp_directory_path() / ("foyer-ui-data-" + std::to_string(getpid()));
};

TEST_F(Biometrics, TwoFingersWithARetryAMissingFingerMarkedByStaffThenASignatureDrawnByTouch) {
  KioskDriver kiosk(withSteps({"fingerprints", "signature"}));
  walkIn(kiosk, "en");
  ASSERT_EQ(kiosk.state(), "fingerprints");
  kiosk.screenshot("fingerprint-1920x1080-01-place-en");
  place(kiosk, "smudged.png");
  EXPECT_FALSE(visit(kiosk).fingerprints.lastGood);
  EXPECT_EQ(visit(kiosk).fingerprints.hint, "fingerprint.hint.still") << "the retry prompt says what to do";
  EXPECT_EQ(visit(kiosk).fingerprints.finger, fingerprint::kRightIndex) << "the same finger again";
  kiosk.screenshot("fingerprint-1920x1080-02-retry-en");
  // The index finger is injured: staff mark it missing, and the thumb of that hand is asked for.
  staffLogin(kiosk, "123456");
  ASSERT_TRUE(kiosk.hasWidget("staff.finger_missing")) << kiosk.widgetIds();
  kiosk.screenshot("staff-1920x1080-04-fingerprint-panel-de");
  kiosk.tap("staff.finger_missing");
  kiosk.tap("staff.close");
  EXPECT_EQ(visit(kiosk).fingerprints.finger, fingerprint::kRightThumb);
  ASSERT_EQ(visit(kiosk).fingerprints.plan->exceptions().size(), 1U);
  EXPECT_EQ(visit(kiosk).fingerprints.plan->exceptions()[0].reason, fingerprint::FingerException::Missing);
  place(kiosk, "good-right-loop.png");
  EXPECT_EQ(visit(kiosk).fingerprints.plan->takenRight(), fingerprint::kRightThumb);
  EXPECT_EQ(visit(kiosk).fingerprints.finger, fingerprint::kLeftIndex);
  kiosk.screenshot("fingerprint-1920x1080-03-good-next-en");
  place(kiosk, "good-loop.png");
  ASSERT_TRUE(visit(kiosk).fingerprints.complete());
  kiosk.frames(2);
  kiosk.screenshot("fingerprint-1920x1080-04-complete-en");
  kiosk.tap("fingerprint.continue");
  ASSERT_EQ(kiosk.state(), "signature");

  kiosk.tap("signature.done");
  EXPECT_EQ(kiosk.state(), "signature") << "an empty signature is refused";
  EXPECT_EQ(visit(kiosk).signature.hint, "signature.hint.empty");
  kiosk.screenshot("signature-1920x1080-01-empty-refused-en");
  kiosk.stroke(name(kiosk.widget("signature.field").rect));
  EXPECT_GT(visit(kiosk).signature.pad.pointCount(), 30U);
  kiosk.screenshot("signature-1920x1080-02-signed-en");
  kiosk.tap("signature.done");
  ASSERT_EQ(kiosk.state(), "summary");
  const auto& signature = *visit(kiosk).signature.capture;
  EXPECT_TRUE(signature.verdict.accepted);
  EXPECT_NEAR(double(signature.image.width) / signature.image.height, 4.0, 0.02);
}

TEST_F(Biometrics, TheFingerprintScreenReadsRightToLeft) {
  KioskDriver kiosk(withSteps({"fingerprints"}));
  walkIn(kiosk, "ar");
  ASSERT_EQ(kiosk.state(), "fingerprints");
  place(kiosk, "partial.png");
  kiosk.screenshot("fingerprint-1920x1080-05-retry-ar");
  EXPECT_FALSE(visit(kiosk).fingerprints.lastGood);
}

TEST_F(Biometrics, StaffWrongPinThreeTimesLocksRightPinOpensAndRedoPhotoReturnsToWhereTheVisitWas) {
  KioskDriver kiosk(withSteps({"photo", "signature"}));
  walkIn(kiosk, "en");
  kiosk.passPhotoStep();
  ASSERT_EQ(kiosk.state(), "signature");
  staffLogin(kiosk, "111111");
  EXPECT_EQ(kiosk.app().flow().view().staff.message, "staff.wrong_pin");
  kiosk.screenshot("staff-1920x1080-01-wrong-pin-de");
  typeLogin(kiosk, "999999");
  typeLogin(kiosk, "999999");
  EXPECT_EQ(kiosk.app().flow().view().staff.message, "staff.locked");
  typeLogin(kiosk, "123456");
  EXPECT_EQ(kiosk.app().flow().view().staff.mode, flow::StaffView::Mode::Login) << "locked: the right PIN too";
  kiosk.screenshot("staff-1920x1080-02-locked-de");
  kiosk.tap("staff.close");
  kiosk.advance(seconds(301));  // the lock runs out; the visitor meanwhile is asked whether still there
  kiosk.tap("idle.continue");
  ASSERT_EQ(kiosk.state(), "signature");

  staffLogin(kiosk, "123456");
  ASSERT_EQ(kiosk.app().flow().view().staff.mode, flow::StaffView::Mode::Panel);
  kiosk.screenshot("staff-1920x1080-03-panel-de");
  kiosk.tap("staff.redo.photo");
  EXPECT_EQ(kiosk.state().substr(0, 5), "photo");
  kiosk.passPhotoStep();
  EXPECT_EQ(kiosk.state(), "signature") << "after the new photo the visit goes on where it was";

  // Every staff action is in the audit log, with time and staff number; no PIN in it.
  std::ifstream audit(m_data / "audit.log");
  std::string text((std::istreambuf_iterator<char>(audit)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("\"action\":\"locked\""), std::string::npos) << text;
  EXPECT_NE(text.find("\"action\":\"redo\""), std::string::npos) << text;
  EXPECT_NE(text.find("\"staff\":\"1000\""), std::string::npos) << text;
  EXPECT_EQ(text.find("123456"), std::string::npos) << "a PIN never reaches the audit log";
}

}  // namespace
}  // namespace foyer::testing
