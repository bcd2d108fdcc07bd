#include "drivers/simulators/fingerprint/synthetic_print.hpp"

#include <array>
#include <cmath>
#include <numbers>

#include <opencv2/imgproc.hpp>

namespace foyer::simulators::fingerprint {
namespace {

constexpr int kOrientations = 16;

// Ridge direction (radians, modulo pi) at each pixel.
cv::Mat ridgeFlow(const PrintSpec& spec) {
  cv::Mat flow(spec.height, spec.width, CV_32F);
  const float cx = spec.core.x * static_cast<float>(spec.width);
  const float cy = spec.core.y * static_cast<float>(spec.height);
  const bool hasDelta = spec.delta.x >= 0 && spec.delta.y >= 0;
  const float dx = spec.delta.x * static_cast<float>(spec.width);
  const float dy = spec.delta.y * static_cast<float>(spec.height);
  const float turn = spec.rotationDegrees * std::numbers::pi_v<float> / 180.0F;
  for (int y = 0; y < spec.height; ++y) {
    auto* row = flow.ptr<float>(y);
    for (int x = 0; x < spec.width; ++x) {
      const float fx = static_cast<float>(x);
      const float fy = static_cast<float>(y);
      // Half the angle around the core minus half the angle around the delta: ridges turn 180 degrees
      // around a core and -180 around a delta, as in a loop.
      float angle = 0.5F * std::atan2(fy - cy, fx - cx);
      if (hasDelta) {
        angle -= 0.5F * std::atan2(fy - dy, fx - dx);
      } else {
        angle = 0.25F * std::sin((fx - cx) / static_cast<float>(spec.width) * 3.0F);  // a gentle arch
      }
      row[x] = angle + turn;
    }
  }
  return flow;
}

std::array<cv::Mat, kOrientations> gaborBank(float period) {
  std::array<cv::Mat, kOrientations> bank;
  const int size = static_cast<int>(std::lround(period * 2.4F)) | 1;
  for (int k = 0; k < kOrientations; ++k) {
    const double ridge = std::numbers::pi * k / kOrientations;
    // OpenCV's theta is the normal to the stripes: across the ridge.
    cv::Mat kernel = cv::getGaborKernel(cv::Size(size, size), period * 0.45, ridge + std::numbers::pi / 2, period, 1.0,
                                        0, CV_32F);
    kernel -= cv::mean(kernel)[0];  // no DC: flat areas give nothing, ridges and valleys balance
    kernel /= cv::norm(kernel, cv::NORM_L1);
    bank[static_cast<std::size_t>(k)] = kernel;
  }
  return bank;
}

}  // namespace

cv::Mat synthesizePrint(const PrintSpec& spec) {
  const cv::Mat flow = ridgeFlow(spec);
  cv::Mat bin(spec.height, spec.width, CV_8U);
  for (int y = 0; y < spec.height; ++y) {
    for (int x = 0; x < spec.width; ++x) {
      float angle = std::fmod(flow.at<float>(y, x), std::numbers::pi_v<float>);
      if (angle < 0) angle += std::numbers::pi_v<float>;
      bin.at<std::uint8_t>(y, x) = static_cast<std::uint8_t>(
          static_cast<int>(std::lround(angle / std::numbers::pi_v<float> * kOrientations)) % kOrientations);
    }
  }
  const auto bank = gaborBank(spec.ridgePeriod);
  cv::RNG rng(spec.seed);
  cv::Mat ridges(spec.height, spec.width, CV_32F);
  rng.fill(ridges, cv::RNG::UNIFORM, -1.0, 1.0);
  std::array<cv::Mat, kOrientations> responses;
  for (int i = 0; i < spec.iterations; ++i) {
    for (int k = 0; k < kOrientations; ++k) {
      cv::filter2D(ridges, responses[static_cast<std::size_t>(k)], CV_32F, bank[static_cast<std::size_t>(k)], cv::Point(-1, -1), 0,
                   cv::BORDER_REFLECT);
    }
    for (int y = 0; y < spec.height; ++y) {
      const auto* bins = bin.ptr<std::uint8_t>(y);
      auto* out = ridges.ptr<float>(y);
      for (int x = 0; x < spec.width; ++x) out[x] = responses[bins[x]].at<float>(y, x);
    }
    // Keep the amplitude bounded: the ridges sharpen into a clean two-tone pattern.
    double low = 0;
    double high = 0;
    cv::minMaxLoc(ridges, &low, &high);
    const double scale = std::max(std::abs(low), std::abs(high));
    if (scale > 0) ridges *= 4.0 / scale;
    for (int y = 0; y < spec.height; ++y) {
      auto* row = ridges.ptr<float>(y);
      for (int x = 0; x < spec.width; ++x) row[x] = std::tanh(row[x]);
    }
  }

  // The fingertip: an ellipse, pressed hardest in the middle.
  cv::Mat pressure(spec.height, spec.width, CV_32F, cv::Scalar(0));
  const cv::Point centre(spec.width / 2, spec.height / 2);
  const cv::Size axes(static_cast<int>(spec.width * 0.42), static_cast<int>(spec.height * 0.45));
  cv::ellipse(pressure, centre, axes, 0, 0, 360, cv::Scalar(1), cv::FILLED);
  cv::GaussianBlur(pressure, pressure, cv::Size(0, 0), spec.ridgePeriod * 1.5);

  cv::Mat noise(spec.height, spec.width, CV_32F);
  rng.fill(noise, cv::RNG::NORMAL, 0.0, 6.0);
  cv::Mat grey(spec.height, spec.width, CV_8U);
  for (int y = 0; y < spec.height; ++y) {
    const auto* r = ridges.ptr<float>(y);
    const auto* p = pressure.ptr<float>(y);
    const auto* n = noise.ptr<float>(y);
    auto* out = grey.ptr<std::uint8_t>(y);
    for (int x = 0; x < spec.width; ++x) {
      // Ridge (r > 0) dark, valley light; contact (pressure) sets how dark.
      const float ink = 0.5F * (r[x] + 1.0F) * p[x];
      const float value = 250.0F - 210.0F * ink + n[x] * p[x];
      out[x] = cv::saturate_cast<std::uint8_t>(value);
    }
  }
  return grey;
}

}  // namespace foyer::simulators::fingerprint
