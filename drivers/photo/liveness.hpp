#pragma once
#include <deque>
#include <optional>

#include "drivers/photo/face_geometry.hpp"
#include "drivers/photo/face_landmarks.hpp"
#include "drivers/photo/photo_limits.hpp"

// Liveness basics: a photo is taken only of a face that has moved the way a printed picture cannot. A
// print held up can be shifted, turned in the image plane, brought closer and tilted, and its landmarks
// still follow one affine map. A living face blinks, and a small turn of the head moves the nose against
// the eyes, mouth and jaw (it stands out of the face's plane). Either, seen while the same face stayed in
// view, counts. Pure: fed with the landmarks of each analysed frame.
namespace foyer::photo {

enum class LivenessSign { None, Blink, HeadMovement };

class LivenessTracker {
 public:
  explicit LivenessTracker(LivenessLimits limits = {}) : m_limits(limits) {}
  // One analysed frame with exactly one face. Frames without a face break the chain: call lost().
  void add(const FaceLandmarks& face, const FaceGeometry& geometry);
  void lost();
  void reset();
  [[nodiscard]] bool alive() const { return m_sign != LivenessSign::None; }
  [[nodiscard]] LivenessSign sign() const { return m_sign; }
  [[nodiscard]] double largestParallax() const { return m_largestParallax; }

 private:
  void watchEyes(const FaceGeometry& geometry);
  void watchNose(const FaceLandmarks& face, const FaceGeometry& geometry);

  LivenessLimits m_limits;
  LivenessSign m_sign = LivenessSign::None;
  std::optional<FaceLandmarks> m_reference;  // the first frame of the current chain
  std::optional<cv::Point2f> m_lastEyes;
  double m_openLevel = 0;   // the widest eye opening seen in this chain
  bool m_eyesShut = false;
  double m_largestParallax = 0;
};

// How far the nose (points 27-35) has moved relative to the rest of the face since `reference`, in eye
// distances: the largest residual after the best affine map of eyes, brows, mouth and jaw. 0 for a flat
// picture moved in any way the camera can see, up to landmark noise.
double noseParallax(const FaceLandmarks& reference, const FaceLandmarks& current, float interEyeDistance);

}  // namespace foyer::photo
