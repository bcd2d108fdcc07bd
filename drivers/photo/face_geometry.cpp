#include "drivers/photo/face_geometry.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

#include <opencv2/calib3d.hpp>

namespace foyer::photo {
namespace {

constexpr double kDegrees = 180.0 / std::numbers::pi;
// The crown lies about this many eye-to-chin distances above the eye line (adult anthropometry: the eye
// line sits near the middle of the head, chin to vertex).
constexpr float kCrownAboveEyes = 0.95F;

cv::Point2f mean(const FaceLandmarks& face, int from, int to) {
  cv::Point2f sum(0, 0);
  for (int i = from; i <= to; ++i) sum += face.points[static_cast<std::size_t>(i)];
  return sum * (1.0F / static_cast<float>(to - from + 1));
}

float distance(cv::Point2f a, cv::Point2f b) { return static_cast<float>(cv::norm(a - b)); }

// Eye opening: mean of the two vertical lid distances of a 6-point eye outline.
float eyeOpening(const FaceLandmarks& face, int first) {
  const auto& p = face.points;
  const auto at = [&](int offset) { return p[static_cast<std::size_t>(first + offset)]; };
  return (distance(at(1), at(5)) + distance(at(2), at(4))) / 2;
}

// Head pose from six landmarks against a generic head model (mm, nose tip at the origin, y up).
void headPose(const FaceLandmarks& face, cv::Size frameSize, double& yaw, double& pitch) {
  static const std::vector<cv::Point3d> model{
      {0.0, 0.0, 0.0},        // 30 nose tip
      {0.0, -63.6, -12.5},    // 8 chin
      {-43.3, 32.7, -26.0},   // 36 outer corner of the subject's right eye
      {43.3, 32.7, -26.0},    // 45 outer corner of the left eye
      {-28.9, -28.9, -24.1},  // 48 right mouth corner
      {28.9, -28.9, -24.1},   // 54 left mouth corner
  };
  const auto& p = face.points;
  const std::vector<cv::Point2d> image{p[30], p[8], p[36], p[45], p[48], p[54]};
  const double focal = frameSize.width;
  const cv::Matx33d camera(focal, 0, frameSize.width / 2.0, 0, focal, frameSize.height / 2.0, 0, 0, 1);
  cv::Vec3d rotation;
  cv::Vec3d translation;
  // Image y grows downwards, the model's upwards: flip the model's y through the camera's axes.
  std::vector<cv::Point3d> flipped;
  for (const auto& point : model) flipped.emplace_back(point.x, -point.y, -point.z);
  if (!cv::solvePnP(flipped, image, camera, cv::noArray(), rotation, translation, false, cv::SOLVEPNP_ITERATIVE)) {
    yaw = pitch = 0;
    return;
  }
  cv::Matx33d r;
  cv::Rodrigues(rotation, r);
  // Euler angles (x: pitch, y: yaw) of the head in the camera frame.
  pitch = std::atan2(r(2, 1), r(2, 2)) * kDegrees;
  yaw = std::asin(std::clamp(-r(2, 0), -1.0, 1.0)) * kDegrees;
  // atan2 gives ±180° for a head facing the camera with this model orientation: fold to ±90.
  if (pitch > 90) pitch -= 180;
  if (pitch < -90) pitch += 180;
  // What counts is the pose against the line from the head to the camera, not against the optical axis:
  // a face off the image centre, looking into the lens, is seen from the side by exactly that angle.
  if (translation[2] > 0) {
    yaw -= std::atan2(translation[0], translation[2]) * kDegrees;
    pitch += std::atan2(translation[1], translation[2]) * kDegrees;
  }
}

}  // namespace

FaceGeometry measureFace(const FaceLandmarks& face, cv::Size frameSize) {
  FaceGeometry g;
  const auto& p = face.points;
  g.rightEye = mean(face, 36, 41);
  g.leftEye = mean(face, 42, 47);
  g.eyeMidpoint = (g.rightEye + g.leftEye) * 0.5F;
  g.chin = p[8];
  g.interEyeDistance = distance(g.rightEye, g.leftEye);
  g.eyeToChin = std::max(1.0F, distance(g.eyeMidpoint, g.chin));
  g.crownY = g.eyeMidpoint.y - kCrownAboveEyes * g.eyeToChin;
  g.faceHeight = g.chin.y - g.crownY;
  const cv::Point2f mouth = (p[48] + p[54]) * 0.5F;
  g.faceCentreX = (g.eyeMidpoint.x + mouth.x) / 2;
  const cv::Point2f eyeLine = g.leftEye - g.rightEye;
  g.rollDegrees = std::atan2(eyeLine.y, eyeLine.x) * kDegrees;
  headPose(face, frameSize, g.yawDegrees, g.pitchDegrees);
  g.eyesOpen = std::min(eyeOpening(face, 36), eyeOpening(face, 42)) / g.eyeToChin;
  const float innerLips = (distance(p[61], p[67]) + distance(p[62], p[66]) + distance(p[63], p[65])) / 3;
  g.mouthOpen = innerLips / g.eyeToChin;
  return g;
}

}  // namespace foyer::photo
