// The photo step in the real kiosk, offscreen, with the simulated camera (a scripted visitor who comes
// closer, moves to the middle, blinks and holds still): the live picture with one instruction at a time,
// the photo taken by itself, its geometry checked again on the file, keeping it, and a broken camera.
#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>

#include "drivers/photo/face_finder.hpp"
#include "drivers/photo/photo_quality.hpp"
#include "tests/ui/kiosk_driver.hpp"

namespace foyer::testing {
namespace {

using std::chrono::seconds;

void walkToPhoto(KioskDriver& kiosk, const std::string& language) {
  kiosk.tap("attract.start");
  kiosk.tap("lang." + language);
  kiosk.tap("service.settlement-permit");
  kiosk.passDocumentStep();
  ASSERT_TRUE(kiosk.state().starts_with("photo")) << kiosk.state();  // the camera, or its problem
}

const visit::PhotoStep& photoStep(KioskDriver& kiosk) { return kiosk.app().flow().visit().photo; }

// Frames until the live picture shows an instruction, preferably `hint` (the part of the scripted visitor
// a screenshot should show). The order of the instructions is the station test's business: a slow
// analysis (sanitizer builds on a loaded machine) may sample past a one-second part, so any instruction
// will do here once the preferred one did not come within a while.
bool showsHint(KioskDriver& kiosk, const std::string& hint) {
  if (kiosk.framesUntil([&] { return photoStep(kiosk).hint == hint; }, seconds(20))) return true;
  return kiosk.framesUntil([&] { return !photoStep(kiosk).hint.empty(); }, seconds(60));
}

TEST(PhotoStep, TheSimulatedVisitorIsGuidedAndTheAutoCapturedPhotoHasTheDocumentGeometry) {
  KioskDriver kiosk;
  walkToPhoto(kiosk, "de");
  ASSERT_TRUE(showsHint(kiosk, "photo.hint.move_left")) << "the visitor is told what to do";
  EXPECT_TRUE(kiosk.hasWidget("nav.cancel")) << "the step can be cancelled";
  kiosk.screenshot("photo-1920x1080-01-guidance-de");

  ASSERT_TRUE(kiosk.framesUntil([&] { return kiosk.state() == "photo.result"; }, seconds(120)))
      << "no photo taken; last instruction " << photoStep(kiosk).hint;
  kiosk.screenshot("photo-1920x1080-02-result-de");
  ASSERT_TRUE(photoStep(kiosk).taken.has_value());
  const photo::CapturedPhoto& taken = *photoStep(kiosk).taken;
  EXPECT_EQ(taken.liveness, "blink") << "the photo waits for the sign of life";

  // The file as the back office gets it: decode it and measure the face again.
  const cv::Mat file = cv::imdecode(taken.encoded, cv::IMREAD_COLOR);
  ASSERT_EQ(file.cols, 413);
  ASSERT_EQ(file.rows, 531);
  auto finder = photo::FaceFinder::load(photo::FaceModels{});
  ASSERT_TRUE(finder.has_value()) << finder.error();
  const photo::QualityReport again = photo::assessQuality(file, finder->find(file), photo::QualityLimits{});
  ASSERT_TRUE(again.face.has_value());
  const double height = file.rows;
  EXPECT_NEAR(again.face->faceHeight / height, 0.75, 0.03) << "face 34 of 45 mm";
  const double eyesAboveBottomMm = (height - again.face->eyeMidpoint.y) / height * 45.0;
  EXPECT_GE(eyesAboveBottomMm, 22.0);
  EXPECT_LE(eyesAboveBottomMm, 32.0);
  EXPECT_NEAR(again.face->faceCentreX / static_cast<double>(file.cols), 0.5, 0.05);
  EXPECT_GE(again.face->interEyeDistance, 90.0F);

  kiosk.tap("photo.use");
  EXPECT_EQ(kiosk.state(), "summary");
  EXPECT_TRUE(photoStep(kiosk).accepted);
}

TEST(PhotoStep, ArabicGuidanceAndRetake) {
  KioskDriver kiosk;
  walkToPhoto(kiosk, "ar");
  ASSERT_TRUE(showsHint(kiosk, "photo.hint.closer"));
  kiosk.screenshot("photo-1920x1080-03-guidance-ar");
  ASSERT_TRUE(kiosk.framesUntil([&] { return kiosk.state() == "photo.result"; }, seconds(120)));
  kiosk.screenshot("photo-1920x1080-04-result-ar");
  // Right to left: the photo on the right, the buttons on its left.
  EXPECT_LT(kiosk.widget("photo.use").rect.x, static_cast<float>(kiosk.app().width()) / 2);
  kiosk.tap("photo.retake");
  EXPECT_EQ(kiosk.state(), "photo");
  EXPECT_FALSE(photoStep(kiosk).taken.has_value());
  EXPECT_EQ(photoStep(kiosk).failedAttempts, 1);
}

TEST(PhotoStep, PortraitScreenShowsTheLivePicture) {
  DriverOptions portrait;
  portrait.width = 1080;
  portrait.height = 1920;
  KioskDriver kiosk(portrait);
  walkToPhoto(kiosk, "uk");
  ASSERT_TRUE(showsHint(kiosk, "photo.hint.move_left"));
  kiosk.screenshot("photo-1080x1920-guidance-uk");
}

TEST(PhotoStep, ABrokenCameraSaysSoAndOffersToTryAgain) {
  DriverOptions broken;
  broken.adjust = [](config::Config& config) { config.photo.camera = "/nonexistent/camera.playlist"; };
  KioskDriver kiosk(broken);
  walkToPhoto(kiosk, "en");
  ASSERT_TRUE(kiosk.framesUntil([&] { return kiosk.state() == "photo.problem"; }));
  EXPECT_EQ(photoStep(kiosk).problem, visit::PhotoStep::Problem::NoCamera);
  kiosk.screenshot("photo-1920x1080-05-problem-en");
  kiosk.tap("photo.retry");
  EXPECT_TRUE(kiosk.framesUntil([&] { return kiosk.state() == "photo.problem"; }));
  EXPECT_TRUE(kiosk.hasWidget("nav.cancel")) << "the visit can always be ended";
}

}  // namespace
}  // namespace foyer::testing
