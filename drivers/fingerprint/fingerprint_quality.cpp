#include "drivers/fingerprint/fingerprint_quality.hpp"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace foyer::fingerprint {
namespace {

// A block of about 0.8 mm holds one to two ridge periods: enough for an orientation, small enough to
// follow the ridges' curve.
constexpr double kBlockMm = 0.8;
// A block touches the glass if its grey levels vary (ridges) or it is dark (a pressed, wet patch).
constexpr double kContactSpread = 6;
constexpr double kContactDark = 200;
// Below this mean darkness a faint print is a light touch rather than a smear.
constexpr double kFaintDarkness = 50;

double median(std::vector<double> values) {
  if (values.empty()) return 0;
  const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
  std::nth_element(values.begin(), middle, values.end());
  return *middle;
}

struct Block {
  double mean = 255;
  double spread = 0;
  double coherence = 0;
};

}  // namespace

const char* fingerCriterionName(FingerCriterion criterion) {
  switch (criterion) {
    case FingerCriterion::Finger: return "finger";
    case FingerCriterion::Area: return "area";
    case FingerCriterion::Centred: return "centred";
    case FingerCriterion::Pressure: return "pressure";
    case FingerCriterion::Contrast: return "contrast";
    case FingerCriterion::Flow: return "flow";
    case FingerCriterion::Score: return "score";
  }
  return "unknown";
}

bool FingerprintQuality::pass() const {
  return !results.empty() && std::all_of(results.begin(), results.end(), [](const auto& r) { return r.pass; });
}

const FingerCriterionResult* FingerprintQuality::firstFailure() const {
  for (const auto& result : results) {
    if (!result.pass) return &result;
  }
  return nullptr;
}

FingerprintQuality assessFingerprint(const cv::Mat& image, const FingerprintLimits& limits) {
  FingerprintQuality quality;
  cv::Mat grey;
  if (image.channels() == 3) {
    cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
  } else if (image.channels() == 4) {
    cv::cvtColor(image, grey, cv::COLOR_BGRA2GRAY);
  } else {
    grey = image;
  }
  if (grey.depth() != CV_8U) grey.convertTo(grey, CV_8U);

  const int block = std::max(4, static_cast<int>(std::lround(limits.pixelsPerMm * kBlockMm)));
  const int columns = grey.cols / block;
  const int rows = grey.rows / block;
  const double blockMm2 = std::pow(block / limits.pixelsPerMm, 2);

  std::vector<Block> blocks(static_cast<std::size_t>(std::max(0, columns * rows)));
  cv::Mat contact(std::max(rows, 1), std::max(columns, 1), CV_8U, cv::Scalar(0));
  if (columns > 0 && rows > 0) {
    cv::Mat smooth;
    cv::GaussianBlur(grey, smooth, cv::Size(0, 0), 1.0);
    cv::Mat gx;
    cv::Mat gy;
    cv::Sobel(smooth, gx, CV_32F, 1, 0);
    cv::Sobel(smooth, gy, CV_32F, 0, 1);
    const cv::Mat gxx = gx.mul(gx);
    const cv::Mat gyy = gy.mul(gy);
    const cv::Mat gxy = gx.mul(gy);
    for (int by = 0; by < rows; ++by) {
      for (int bx = 0; bx < columns; ++bx) {
        const cv::Rect area(bx * block, by * block, block, block);
        cv::Scalar mean;
        cv::Scalar spread;
        cv::meanStdDev(grey(area), mean, spread);
        // The structure tensor: how strongly the gradients share one direction (ridges) or not (noise).
        const double xx = cv::sum(gxx(area))[0];
        const double yy = cv::sum(gyy(area))[0];
        const double xy = cv::sum(gxy(area))[0];
        const double energy = xx + yy;
        Block& b = blocks[static_cast<std::size_t>(by * columns + bx)];
        b.mean = mean[0];
        b.spread = spread[0];
        b.coherence = energy > 1e-6 ? std::sqrt((xx - yy) * (xx - yy) + 4 * xy * xy) / energy : 0;
        if (b.spread >= kContactSpread || b.mean < kContactDark) contact.at<std::uint8_t>(by, bx) = 1;
      }
    }
    // Single stray blocks (dust, a speck) are no contact; a single gap inside the finger is.
    const cv::Mat cross = cv::getStructuringElement(cv::MORPH_CROSS, cv::Size(3, 3));
    cv::morphologyEx(contact, contact, cv::MORPH_CLOSE, cross);
    cv::morphologyEx(contact, contact, cv::MORPH_OPEN, cross);
  }

  double contactBlocks = 0;
  double clearBlocks = 0;
  double sumX = 0;
  double sumY = 0;
  double sumMean = 0;
  std::vector<double> spreads;
  std::vector<double> coherences;
  for (int by = 0; by < rows; ++by) {
    for (int bx = 0; bx < columns; ++bx) {
      if (contact.at<std::uint8_t>(by, bx) == 0) continue;
      const Block& b = blocks[static_cast<std::size_t>(by * columns + bx)];
      contactBlocks += 1;
      sumX += (bx + 0.5) * block;
      sumY += (by + 0.5) * block;
      sumMean += b.mean;
      spreads.push_back(b.spread);
      coherences.push_back(b.coherence);
      if (b.spread >= limits.minContrast && b.coherence >= limits.minFlow) clearBlocks += 1;
    }
  }
  quality.areaMm2 = contactBlocks * blockMm2;
  if (contactBlocks > 0) {
    const double halfWidth = grey.cols / 2.0;
    const double halfHeight = grey.rows / 2.0;
    quality.offCentre = std::max(std::abs(sumX / contactBlocks - halfWidth) / halfWidth,
                                 std::abs(sumY / contactBlocks - halfHeight) / halfHeight);
    quality.darkness = 255 - sumMean / contactBlocks;
    quality.contrast = median(spreads);
    quality.flow = median(coherences);
  }
  const double counted = std::max(quality.areaMm2, limits.expectedAreaMm2);
  quality.score = counted > 0 ? std::min(100.0, 100.0 * clearBlocks * blockMm2 / counted) : 0;

  const bool finger = quality.areaMm2 >= limits.minFingerMm2;
  const bool centred = quality.offCentre <= limits.maxOffCentre;
  auto add = [&](FingerCriterion criterion, bool pass, double value, double low, double high, const char* hint) {
    quality.results.push_back({criterion, pass, value, low, high, pass ? "" : hint});
  };
  add(FingerCriterion::Finger, finger, quality.areaMm2, limits.minFingerMm2, 1e9, "fingerprint.hint.place");
  add(FingerCriterion::Pressure, !finger || quality.darkness <= limits.maxDarkness, quality.darkness, 0,
      limits.maxDarkness, "fingerprint.hint.lighter");
  add(FingerCriterion::Area, quality.areaMm2 >= limits.minAreaMm2, quality.areaMm2, limits.minAreaMm2, 1e9,
      centred ? "fingerprint.hint.harder" : "fingerprint.hint.middle");
  add(FingerCriterion::Centred, finger && centred, quality.offCentre, 0, limits.maxOffCentre, "fingerprint.hint.middle");
  // Faint and light: pressed too lightly (or a dry finger). Faint but as dark as a print: smeared by a move.
  add(FingerCriterion::Contrast, quality.contrast >= limits.minContrast, quality.contrast, limits.minContrast, 255,
      quality.darkness < kFaintDarkness ? "fingerprint.hint.harder" : "fingerprint.hint.still");
  add(FingerCriterion::Flow, quality.flow >= limits.minFlow, quality.flow, limits.minFlow, 1, "fingerprint.hint.still");
  add(FingerCriterion::Score, quality.score >= limits.minScore, quality.score, limits.minScore, 100,
      "fingerprint.hint.again");
  return quality;
}

}  // namespace foyer::fingerprint
