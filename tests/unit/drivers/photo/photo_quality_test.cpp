// The photo criteria on still images: two public-domain portraits from Debian packages and variants that
// each break one criterion (tests/data/photo/make-test-images.sh makes them). Each labelled criterion must
// pass or fail as labelled, and a failing one must name the instruction the visitor sees.
#include <map>
#include <string>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>

#include "drivers/photo/face_finder.hpp"
#include "drivers/photo/photo_quality.hpp"
#include "tests/unit/drivers/photo/photo_test_images.hpp"

namespace foyer::photo {
namespace {

QualityReport check(const std::string& file) {
  const cv::Mat image = testImage(file);
  return assessQuality(image, testFinder().find(image), QualityLimits{});
}

// true: must pass; false: must fail. Criteria not listed are not judged for that image.
using Labels = std::map<Criterion, bool>;

void expectLabels(const std::string& file, const Labels& labels) {
  const QualityReport report = check(file);
  for (const auto& [criterion, pass] : labels) {
    const CriterionResult* result = report.find(criterion);
    ASSERT_NE(result, nullptr) << file << ": no result for " << criterionName(criterion);
    EXPECT_EQ(result->pass, pass) << file << ": " << criterionName(criterion) << " = " << result->value << " in ["
                                  << result->low << ", " << result->high << "]";
    EXPECT_EQ(result->hint.empty(), result->pass) << file << ": " << criterionName(criterion) << " hint";
  }
}

using C = Criterion;

TEST(PhotoQuality, FrontalPortraitPassesEverythingButTheSmileWithOpenLips) {
  expectLabels("astronaut-portrait.jpg",
               {{C::OneFace, true}, {C::FaceSize, true}, {C::Centred, true}, {C::EyeLine, true}, {C::Roll, true},
                {C::Yaw, true}, {C::Pitch, true}, {C::EyesOpen, true}, {C::MouthClosed, false}, {C::Glare, true},
                {C::Brightness, true}, {C::Balance, true}, {C::Sharpness, true}, {C::Background, true}});
  EXPECT_EQ(check("astronaut-portrait.jpg").find(C::MouthClosed)->hint, "photo.hint.close_mouth");
}

TEST(PhotoQuality, TheSamePortraitWithClosedLipsMeetsEveryCriterion) {
  const QualityReport report = check("astronaut-lips-closed.jpg");
  EXPECT_TRUE(report.pass()) << (report.firstFailure() ? criterionName(report.firstFailure()->criterion) : "");
}

TEST(PhotoQuality, ClosedEyesFailEyesOpenWithItsInstruction) {
  expectLabels("astronaut-eyes-closed.jpg", {{C::EyesOpen, false}, {C::Roll, true}, {C::Centred, true}});
  EXPECT_EQ(check("astronaut-eyes-closed.jpg").find(C::EyesOpen)->hint, "photo.hint.open_eyes");
}

TEST(PhotoQuality, TheSimulatedCameraShowsAVisitorComingIntoPlace) {
  EXPECT_EQ(assessQuality(cameraFrame("far.jpg"), testFinder().find(cameraFrame("far.jpg")), QualityLimits{})
                .firstFailure()->hint, "photo.hint.closer");
  EXPECT_EQ(assessQuality(cameraFrame("aside.jpg"), testFinder().find(cameraFrame("aside.jpg")), QualityLimits{})
                .firstFailure()->hint, "photo.hint.move_left");
  const QualityReport still = assessQuality(cameraFrame("still.jpg"), testFinder().find(cameraFrame("still.jpg")), QualityLimits{});
  EXPECT_TRUE(still.pass()) << (still.firstFailure() ? criterionName(still.firstFailure()->criterion) : "");
}

TEST(PhotoQuality, FaceOffCentreAsksToMoveAndKeepsThePoseRight) {
  expectLabels("astronaut-shifted.jpg", {{C::Centred, false}, {C::Yaw, true}, {C::Pitch, true}, {C::Roll, true}});
  EXPECT_EQ(check("astronaut-shifted.jpg").find(C::Centred)->hint, "photo.hint.move_left")
      << "the face is on the camera's left: the visitor stands too far to their right";
}

TEST(PhotoQuality, TiltedHeadFailsRollOnly) {
  expectLabels("astronaut-rotated.jpg", {{C::Roll, false}, {C::Yaw, true}, {C::Pitch, true}, {C::EyesOpen, true}});
}

TEST(PhotoQuality, DarkPhotoFailsBrightnessNotSharpness) {
  expectLabels("astronaut-dark.jpg", {{C::Brightness, false}, {C::Sharpness, true}, {C::Centred, true}});
  EXPECT_EQ(check("astronaut-dark.jpg").find(C::Brightness)->hint, "photo.hint.too_dark");
}

TEST(PhotoQuality, BlurredPhotoFailsSharpnessNotBrightness) {
  expectLabels("astronaut-blurred.jpg", {{C::Sharpness, false}, {C::Brightness, true}, {C::Centred, true}});
}

TEST(PhotoQuality, FaceTooSmallAsksToComeCloser) {
  expectLabels("astronaut-small.jpg", {{C::FaceSize, false}, {C::Centred, true}});
  EXPECT_EQ(check("astronaut-small.jpg").find(C::FaceSize)->hint, "photo.hint.closer");
}

TEST(PhotoQuality, TwoPeopleAndNoPersonAreToldApart) {
  const QualityReport two = check("two-faces.jpg");
  EXPECT_FALSE(two.find(C::OneFace)->pass);
  EXPECT_EQ(two.find(C::OneFace)->hint, "photo.hint.one_person");
  const QualityReport none = check("no-face.jpg");
  ASSERT_EQ(none.results.size(), 1U) << "without a face nothing else can be judged";
  EXPECT_EQ(none.find(C::OneFace)->hint, "photo.hint.no_face");
  EXPECT_FALSE(none.face.has_value());
}

TEST(PhotoQuality, PublishedGraceHopperPortraitIsNoDocumentPhoto) {
  expectLabels("grace-hopper.jpg",
               {{C::OneFace, true}, {C::FaceSize, false}, {C::Background, false}, {C::EyesOpen, true},
                {C::MouthClosed, true}, {C::Roll, true}, {C::Brightness, true}, {C::Glare, true}});
}

TEST(PhotoQuality, TheFirstFailureIsTheMostImportantOne) {
  // Off centre, smiling and in front of a flag: where to stand comes before the smile and the background.
  EXPECT_EQ(check("astronaut-shifted.jpg").firstFailure()->criterion, C::Centred);
}

TEST(PhotoQuality, EmptyAndTinyFramesAreNoFaceNotACrash) {
  EXPECT_TRUE(testFinder().find(cv::Mat()).empty());
  EXPECT_TRUE(testFinder().find(cv::Mat(10, 10, CV_8UC3, cv::Scalar::all(128))).empty());
  const QualityReport report = assessQuality(cv::Mat(), {}, QualityLimits{});
  EXPECT_FALSE(report.pass());
}

}  // namespace
}  // namespace foyer::photo
