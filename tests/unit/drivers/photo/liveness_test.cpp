// Liveness basics: a blink or a small head turn counts; a printed photo moved, turned, brought closer or
// tilted toward the camera does not; evidence does not survive a gap in which a picture could be swapped in.
#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include "drivers/photo/auto_capture.hpp"
#include "drivers/photo/liveness.hpp"
#include "drivers/photo/photo_quality.hpp"
#include "tests/unit/drivers/photo/photo_test_images.hpp"

namespace foyer::photo {
namespace {

struct Seen {
  FaceLandmarks face;
  FaceGeometry geometry;
};

Seen see(const cv::Mat& frame) {
  const auto faces = testFinder().find(frame);
  if (faces.size() != 1) throw std::runtime_error("expected one face");
  return {faces.front(), measureFace(faces.front(), frame.size())};
}

void feed(LivenessTracker& tracker, const cv::Mat& frame) {
  const Seen seen = see(frame);
  tracker.add(seen.face, seen.geometry);
}

// The same flat picture as the camera would see it after moving it: affine, or a perspective tilt.
cv::Mat moved(const cv::Mat& picture, double angle, double scale, cv::Point2f shift) {
  cv::Mat m = cv::getRotationMatrix2D(cv::Point2f(static_cast<float>(picture.cols) / 2, static_cast<float>(picture.rows) / 2), angle, scale);
  m.at<double>(0, 2) += shift.x;
  m.at<double>(1, 2) += shift.y;
  cv::Mat out;
  cv::warpAffine(picture, out, m, picture.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
  return out;
}

cv::Mat tiltedAboutTheVerticalAxis(const cv::Mat& picture, double nearerEdgeGrowth) {
  const float w = static_cast<float>(picture.cols);
  const float h = static_cast<float>(picture.rows);
  const float d = static_cast<float>(nearerEdgeGrowth) * h / 2;
  const cv::Point2f from[] = {{0, 0}, {w, 0}, {w, h}, {0, h}};
  // The right edge comes nearer (grows), the left goes away (shrinks); the width foreshortens.
  const cv::Point2f to[] = {{w * 0.03F, d}, {w * 0.97F, -d}, {w * 0.97F, h + d}, {w * 0.03F, h - d}};
  cv::Mat out;
  cv::warpPerspective(picture, out, cv::getPerspectiveTransform(from, to), picture.size(), cv::INTER_LINEAR,
                      cv::BORDER_REPLICATE);
  return out;
}

TEST(Liveness, ABlinkCounts) {
  LivenessTracker tracker;
  const cv::Mat open = cameraFrame("still.jpg");
  feed(tracker, open);
  feed(tracker, open);
  EXPECT_FALSE(tracker.alive());
  feed(tracker, cameraFrame("blink.jpg"));
  EXPECT_FALSE(tracker.alive()) << "eyes shut, not yet open again";
  feed(tracker, open);
  EXPECT_TRUE(tracker.alive());
  EXPECT_EQ(tracker.sign(), LivenessSign::Blink);
}

TEST(Liveness, APrintedPhotoMovedAroundDoesNotCount) {
  LivenessTracker tracker;
  const cv::Mat print = cameraFrame("still.jpg");
  feed(tracker, print);
  feed(tracker, moved(print, 3, 1.0, {12, -6}));
  feed(tracker, moved(print, -4, 1.06, {-10, 8}));
  feed(tracker, moved(print, 0, 0.94, {20, 0}));
  feed(tracker, tiltedAboutTheVerticalAxis(print, 0.06));
  feed(tracker, tiltedAboutTheVerticalAxis(print, -0.06));
  EXPECT_FALSE(tracker.alive()) << "largest nose parallax " << tracker.largestParallax();
  EXPECT_LT(tracker.largestParallax(), LivenessLimits{}.minParallax);
}

TEST(Liveness, TheNoseMovingAgainstTheRestOfTheFaceIsAHeadTurn) {
  // A head turning a few degrees moves the nose tip across the face more than the eyes and jaw move:
  // modelled on the landmarks (no photo can show it), 6 % of the eye distance sideways.
  const Seen seen = see(cameraFrame("still.jpg"));
  LivenessTracker tracker;
  tracker.add(seen.face, seen.geometry);
  FaceLandmarks turned = seen.face;
  for (int i = 27; i <= 35; ++i) turned.points[static_cast<std::size_t>(i)].x += 0.06F * seen.geometry.interEyeDistance;
  EXPECT_NEAR(noseParallax(seen.face, turned, seen.geometry.interEyeDistance), 0.06, 0.015);
  tracker.add(turned, seen.geometry);
  EXPECT_TRUE(tracker.alive());
  EXPECT_EQ(tracker.sign(), LivenessSign::HeadMovement);
}

TEST(Liveness, EvidenceIsLostWhenTheFaceIsLostOrJumps) {
  LivenessTracker tracker;
  feed(tracker, cameraFrame("still.jpg"));
  feed(tracker, cameraFrame("blink.jpg"));
  feed(tracker, cameraFrame("still.jpg"));
  ASSERT_TRUE(tracker.alive());
  tracker.lost();
  EXPECT_FALSE(tracker.alive());

  feed(tracker, cameraFrame("still.jpg"));
  feed(tracker, cameraFrame("blink.jpg"));
  feed(tracker, cameraFrame("still.jpg"));
  ASSERT_TRUE(tracker.alive());
  feed(tracker, cameraFrame("aside.jpg"));  // another place in one frame: a swap, not a movement
  EXPECT_FALSE(tracker.alive());
}

TEST(AutoCapture, TakesThePhotoAfterHoldFramesOnceAlive) {
  AutoCapture rule(3, true, LivenessLimits{});
  auto step = [&](const cv::Mat& frame) {
    const auto faces = testFinder().find(frame);
    return rule.add(assessQuality(frame, faces, QualityLimits{}), faces);
  };
  const cv::Mat still = cameraFrame("still.jpg");
  EXPECT_EQ(step(cameraFrame("aside.jpg")).hint, "photo.hint.move_left");
  for (int i = 0; i < 4; ++i) {
    const CaptureStep s = step(still);
    EXPECT_FALSE(s.capture) << "every criterion met, but no sign of life yet";
    EXPECT_EQ(s.hint, "photo.hint.blink");
  }
  const CaptureStep shut = step(cameraFrame("blink.jpg"));
  EXPECT_EQ(shut.passingFrames, 0) << "closed eyes fail the photo";
  EXPECT_EQ(step(still).passingFrames, 1);
  EXPECT_FALSE(step(still).capture);
  const CaptureStep third = step(still);
  EXPECT_TRUE(third.alive);
  EXPECT_TRUE(third.capture);
  EXPECT_EQ(third.hint, "photo.hint.hold_still");
}

TEST(AutoCapture, WithoutTheLivenessRuleHoldingStillIsEnough) {
  AutoCapture rule(2, false, LivenessLimits{});
  const cv::Mat still = cameraFrame("still.jpg");
  const auto faces = testFinder().find(still);
  const QualityReport report = assessQuality(still, faces, QualityLimits{});
  EXPECT_FALSE(rule.add(report, faces).capture);
  EXPECT_TRUE(rule.add(report, faces).capture);
}

}  // namespace
}  // namespace foyer::photo
