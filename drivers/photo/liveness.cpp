#include "drivers/photo/liveness.hpp"

#include <cmath>
#include <vector>

#include <opencv2/core.hpp>

namespace foyer::photo {
namespace {

bool isNose(int index) { return index >= 27 && index <= 35; }

}  // namespace

double noseParallax(const FaceLandmarks& reference, const FaceLandmarks& current, float interEyeDistance) {
  std::vector<cv::Point2f> from;
  std::vector<cv::Point2f> to;
  for (int i = 0; i < 68; ++i) {
    if (isNose(i)) continue;
    from.push_back(reference.points[static_cast<std::size_t>(i)]);
    to.push_back(current.points[static_cast<std::size_t>(i)]);
  }
  // Plain least squares over all of the rest, no outlier rejection: a turning head moves the jaw line
  // against the eyes too, and that disagreement must count rather than be thrown out.
  const int rows = static_cast<int>(from.size());
  cv::Mat design(rows, 3, CV_64F);
  cv::Mat targets(rows, 2, CV_64F);
  for (int i = 0; i < rows; ++i) {
    design.at<double>(i, 0) = from[static_cast<std::size_t>(i)].x;
    design.at<double>(i, 1) = from[static_cast<std::size_t>(i)].y;
    design.at<double>(i, 2) = 1;
    targets.at<double>(i, 0) = to[static_cast<std::size_t>(i)].x;
    targets.at<double>(i, 1) = to[static_cast<std::size_t>(i)].y;
  }
  cv::Mat solution;  // 3 x 2: one column per output coordinate
  if (!cv::solve(design, targets, solution, cv::DECOMP_SVD)) return 0;
  const cv::Mat affine = solution.t();
  const cv::Matx23d map(affine);
  double largest = 0;
  for (int i = 27; i <= 35; ++i) {
    const cv::Point2f r = reference.points[static_cast<std::size_t>(i)];
    const cv::Vec2d predicted = map * cv::Vec3d(r.x, r.y, 1);
    const cv::Point2f c = current.points[static_cast<std::size_t>(i)];
    largest = std::max(largest, std::hypot(c.x - predicted[0], c.y - predicted[1]));
  }
  return largest / std::max(1.0F, interEyeDistance);
}

void LivenessTracker::add(const FaceLandmarks& face, const FaceGeometry& geometry) {
  if (m_lastEyes) {
    const cv::Point2f moved = geometry.eyeMidpoint - *m_lastEyes;
    if (std::hypot(moved.x, moved.y) > m_limits.maxJump * geometry.interEyeDistance) lost();
  }
  m_lastEyes = geometry.eyeMidpoint;
  if (alive()) return;
  watchEyes(geometry);
  watchNose(face, geometry);
}

void LivenessTracker::watchEyes(const FaceGeometry& geometry) {
  const double opening = geometry.eyesOpen;
  if (!m_eyesShut) {
    m_openLevel = std::max(m_openLevel, opening);
    if (m_openLevel >= m_limits.minOpenEyes && opening < m_limits.blinkDrop * m_openLevel) m_eyesShut = true;
  } else if (opening >= m_limits.blinkReopen * m_openLevel) {
    m_sign = LivenessSign::Blink;
  }
}

void LivenessTracker::watchNose(const FaceLandmarks& face, const FaceGeometry& geometry) {
  if (!m_reference) {
    m_reference = face;
    return;
  }
  const double parallax = noseParallax(*m_reference, face, geometry.interEyeDistance);
  m_largestParallax = std::max(m_largestParallax, parallax);
  if (parallax >= m_limits.minParallax) m_sign = LivenessSign::HeadMovement;
}

// Evidence belongs to one unbroken view of one face: a gap may hide a picture swapped in.
void LivenessTracker::lost() { reset(); }

void LivenessTracker::reset() {
  m_sign = LivenessSign::None;
  m_reference.reset();
  m_lastEyes.reset();
  m_openLevel = 0;
  m_eyesShut = false;
  m_largestParallax = 0;
}

}  // namespace foyer::photo
