#include "tests/support/camera_capture.hpp"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "tests/support/document_artwork.hpp"

namespace foyer::testing {

cv::Mat capture(const cv::Mat& page, const CaptureConditions& conditions, std::mt19937& random) {
  // Room on every side, so that the turned page stays in the frame.
  const int margin = static_cast<int>(std::lround(0.06 * std::max(page.cols, page.rows))) + 20;
  std::uniform_int_distribution<int> offset(-margin / 3, margin / 3);
  cv::Mat frame(page.rows + 2 * margin, page.cols + 2 * margin, CV_8UC1,
                cv::Scalar(std::uniform_real_distribution<double>(50, 110)(random)));
  page.copyTo(frame(cv::Rect(margin + offset(random), margin + offset(random), page.cols, page.rows)));

  const cv::Point2f centre(static_cast<float>(frame.cols) / 2, static_cast<float>(frame.rows) / 2);
  const cv::Mat turn = cv::getRotationMatrix2D(centre, -conditions.rotationDegrees, 1.0);
  cv::Mat turned;
  cv::warpAffine(frame, turned, turn, frame.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
  if (conditions.blurSigma > 0) cv::GaussianBlur(turned, turned, cv::Size(0, 0), conditions.blurSigma);

  cv::Mat light;
  turned.convertTo(light, CV_32F, conditions.contrast, conditions.brightness);
  if (conditions.shading > 0) {
    const double direction = std::uniform_real_distribution<double>(0, 2 * CV_PI)(random);
    light = light.mul(linearRamp(light.size(), direction, 1, 1 - conditions.shading));
  }
  cv::Mat noise(light.size(), CV_32F);
  cv::RNG rng(random());
  rng.fill(noise, cv::RNG::NORMAL, 0, conditions.noiseSigma);
  light += noise;
  cv::Mat result;
  light.convertTo(result, CV_8U);
  return result;
}

}  // namespace foyer::testing
