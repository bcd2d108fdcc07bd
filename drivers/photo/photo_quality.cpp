#include "drivers/photo/photo_quality.hpp"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "drivers/photo/grey_frame.hpp"

namespace foyer::photo {
namespace {

constexpr double kSharpnessIed = 64;  // the face is scaled to this eye distance before measuring sharpness

CriterionResult within(Criterion criterion, double value, double low, double high, const char* belowHint,
                       const char* aboveHint) {
  CriterionResult result{criterion, value >= low && value <= high, value, low, high, {}};
  if (!result.pass) result.hint = value < low ? belowHint : aboveHint;
  return result;
}

// Face skin area: the hull of jaw and brows.
cv::Mat faceMask(const FaceLandmarks& face, cv::Size size) {
  std::vector<cv::Point> outline;
  for (int i = 0; i <= 26; ++i) outline.emplace_back(face.points[static_cast<std::size_t>(i)]);
  std::vector<cv::Point> hull;
  cv::convexHull(outline, hull);
  cv::Mat mask = cv::Mat::zeros(size, CV_8U);
  cv::fillConvexPoly(mask, hull, cv::Scalar(255));
  return mask;
}

double maskedMean(const cv::Mat& grey, const cv::Mat& mask) {
  return cv::countNonZero(mask) == 0 ? 0.0 : cv::mean(grey, mask)[0] / 255.0;
}

double balanceOf(const cv::Mat& grey, const cv::Mat& mask, float splitX) {
  const int split = std::clamp(static_cast<int>(splitX), 1, grey.cols - 1);
  cv::Mat left = mask.clone();
  left.colRange(split, left.cols).setTo(0);
  cv::Mat right = mask.clone();
  right.colRange(0, split).setTo(0);
  const double a = maskedMean(grey, left);
  const double b = maskedMean(grey, right);
  const double brighter = std::max(a, b);
  return brighter <= 0 ? 0.0 : std::min(a, b) / brighter;
}

double sharpnessOf(const cv::Mat& grey, const FaceLandmarks& face, const FaceGeometry& geometry) {
  const cv::Rect box = face.box & cv::Rect(0, 0, grey.cols, grey.rows);
  if (box.area() == 0 || geometry.interEyeDistance < 1) return 0;
  const double scale = kSharpnessIed / geometry.interEyeDistance;
  cv::Mat region;
  cv::resize(grey(box), region, {}, scale, scale, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
  cv::Mat laplacian;
  cv::Laplacian(region, laplacian, CV_64F);
  cv::Scalar mean;
  cv::Scalar deviation;
  cv::meanStdDev(laplacian, mean, deviation);
  cv::Scalar regionMean;
  cv::Scalar regionDeviation;
  cv::meanStdDev(region, regionMean, regionDeviation);
  // Edge energy against contrast: a dim face is not a blurred one.
  const double contrast = std::max(1.0, regionDeviation[0]);
  return 100.0 * deviation[0] / contrast;
}

// Beside the head at eye height, and above the crown: where a photo's background shows.
cv::Mat backgroundMask(const FaceGeometry& g, const FaceLandmarks& face, cv::Size size) {
  cv::Mat mask = cv::Mat::zeros(size, CV_8U);
  const float width = static_cast<float>(face.box.width);
  const float left = static_cast<float>(face.box.x);
  const float right = left + width;
  const auto strip = [&](float x0, float y0, float x1, float y1) {
    const cv::Rect rect(cv::Point(static_cast<int>(x0), static_cast<int>(y0)), cv::Point(static_cast<int>(x1), static_cast<int>(y1)));
    const cv::Rect inside = rect & cv::Rect(0, 0, size.width, size.height);
    if (inside.area() > 0) mask(inside).setTo(255);
  };
  const float top = g.crownY - 0.12F * g.faceHeight;
  strip(left - 0.1F * width, top - 0.25F * g.faceHeight, right + 0.1F * width, top);
  // Hair often reaches well beyond the face box beside the head: look past it.
  strip(left - 1.1F * width, top, left - 0.7F * width, g.eyeMidpoint.y);
  strip(right + 0.7F * width, top, right + 1.1F * width, g.eyeMidpoint.y);
  return mask;
}

double glareOf(const cv::Mat& grey, const FaceLandmarks& face) {
  double blown = 0;
  double total = 0;
  for (int first : {36, 42}) {
    std::vector<cv::Point> eye;
    for (int i = first; i < first + 6; ++i) eye.emplace_back(face.points[static_cast<std::size_t>(i)]);
    cv::Rect box = cv::boundingRect(eye);
    const int margin = std::max(2, box.width / 2);
    box = cv::Rect(box.x - margin, box.y - margin, box.width + 2 * margin, box.height + 2 * margin) &
          cv::Rect(0, 0, grey.cols, grey.rows);
    if (box.area() == 0) continue;
    cv::Mat bright;
    cv::threshold(grey(box), bright, 249, 255, cv::THRESH_BINARY);
    blown += cv::countNonZero(bright);
    total += box.area();
  }
  return total == 0 ? 0 : blown / total;
}

}  // namespace

const char* criterionName(Criterion criterion) {
  switch (criterion) {
    case Criterion::OneFace: return "one_face";
    case Criterion::FaceSize: return "face_size";
    case Criterion::Centred: return "centred";
    case Criterion::EyeLine: return "eye_line";
    case Criterion::Roll: return "roll";
    case Criterion::Yaw: return "yaw";
    case Criterion::Pitch: return "pitch";
    case Criterion::EyesOpen: return "eyes_open";
    case Criterion::MouthClosed: return "mouth_closed";
    case Criterion::Glare: return "glare";
    case Criterion::Brightness: return "brightness";
    case Criterion::Balance: return "balance";
    case Criterion::Sharpness: return "sharpness";
    case Criterion::Background: return "background";
  }
  return "?";
}

bool QualityReport::pass() const {
  return !results.empty() && std::all_of(results.begin(), results.end(), [](const auto& r) { return r.pass; });
}

const CriterionResult* QualityReport::firstFailure() const {
  for (const auto& result : results) {
    if (!result.pass) return &result;
  }
  return nullptr;
}

const CriterionResult* QualityReport::find(Criterion criterion) const {
  for (const auto& result : results) {
    if (result.criterion == criterion) return &result;
  }
  return nullptr;
}

QualityReport assessQuality(const cv::Mat& frame, const std::vector<FaceLandmarks>& faces, const QualityLimits& limits) {
  QualityReport report;
  const auto count = static_cast<double>(faces.size());
  report.results.push_back(within(Criterion::OneFace, count, 1, 1, "photo.hint.no_face", "photo.hint.one_person"));
  if (faces.empty() || frame.empty()) return report;

  const FaceLandmarks& face = faces.front();
  const cv::Size size = frame.size();
  const FaceGeometry g = measureFace(face, size);
  report.face = g;
  const double width = size.width;
  const double height = size.height;
  auto& r = report.results;
  // Where the visitor stands first, then how they hold their head, then their face, then the light.
  r.push_back(within(Criterion::FaceSize, g.interEyeDistance, limits.minInterEye, limits.maxInterEyeShare * width,
                     "photo.hint.closer", "photo.hint.back"));
  // The camera sees the visitor's right side on its left: a face left of centre must move to its left.
  r.push_back(within(Criterion::Centred, g.faceCentreX / width, 0.5 - limits.centreTolerance,
                     0.5 + limits.centreTolerance, "photo.hint.move_left", "photo.hint.move_right"));
  r.push_back(within(Criterion::EyeLine, g.eyeMidpoint.y / height, limits.eyeLineMin, limits.eyeLineMax,
                     "photo.hint.move_down", "photo.hint.move_up"));
  r.push_back(within(Criterion::Roll, g.rollDegrees, -limits.maxRoll, limits.maxRoll, "photo.hint.straighten",
                     "photo.hint.straighten"));
  r.push_back(within(Criterion::Yaw, g.yawDegrees, -limits.maxYaw, limits.maxYaw, "photo.hint.look_straight",
                     "photo.hint.look_straight"));
  r.push_back(within(Criterion::Pitch, g.pitchDegrees, -limits.maxPitch, limits.maxPitch, "photo.hint.chin_up",
                     "photo.hint.chin_down"));
  r.push_back(within(Criterion::EyesOpen, g.eyesOpen, limits.minEyesOpen, 1.0, "photo.hint.open_eyes", ""));
  r.push_back(within(Criterion::MouthClosed, g.mouthOpen, 0.0, limits.maxMouthOpen, "", "photo.hint.close_mouth"));

  const cv::Mat grey = greyFrame(frame);
  r.push_back(within(Criterion::Glare, glareOf(grey, face), 0.0, limits.maxGlare, "", "photo.hint.glasses"));
  const cv::Mat mask = faceMask(face, size);
  r.push_back(within(Criterion::Brightness, maskedMean(grey, mask), limits.minBrightness, limits.maxBrightness,
                     "photo.hint.too_dark", "photo.hint.too_bright"));
  r.push_back(within(Criterion::Balance, balanceOf(grey, mask, g.faceCentreX), limits.minBalance, 1.0,
                     "photo.hint.even_light", ""));
  r.push_back(within(Criterion::Sharpness, sharpnessOf(grey, face, g), limits.minSharpness, 1e12,
                     "photo.hint.hold_still", ""));
  const cv::Mat background = backgroundMask(g, face, size);
  cv::Scalar mean;
  cv::Scalar spread;
  if (cv::countNonZero(background) > 0) cv::meanStdDev(grey, mean, spread, background);
  // One value for two conditions: light enough, and even. The spread counts against the lightness.
  const double lightness = mean[0] / 255.0;
  const double evenness = spread[0] / 255.0;
  CriterionResult backgroundResult{Criterion::Background,
                                   lightness >= limits.minBackground && evenness <= limits.maxBackgroundSpread,
                                   evenness, 0.0, limits.maxBackgroundSpread, {}};
  if (lightness < limits.minBackground) backgroundResult.value = lightness;
  if (!backgroundResult.pass) backgroundResult.hint = "photo.hint.background";
  r.push_back(backgroundResult);
  return report;
}

}  // namespace foyer::photo
