#include "drivers/document/mrz_ocr/text_blobs.hpp"

#include <algorithm>

#include <opencv2/imgproc.hpp>

namespace foyer::document::mrz {
namespace {

// Below this contrast a mark is noise or a guilloche line, not print (grey levels after the black-hat).
constexpr double kMinInkContrast = 24;
// Pixels. OCR-B capitals are about 29 pixels tall at 300 dpi; these bounds allow 100 to 600 dpi.
constexpr int kMinHeight = 9;
constexpr int kMaxHeight = 200;
// Sensor noise is smoothed away first (sigma in pixels): left in, it breaks thin strokes apart and raises
// the black-hat everywhere.
constexpr double kSmoothing = 1.0;
// Beyond this many, the image is noise: keep the first ones so that time stays bounded.
constexpr std::size_t kMaxBlobs = 40000;

bool plausibleCharacter(int width, int height, int area) {
  if (height < kMinHeight || height > kMaxHeight || width < 2 || width > 2 * height + 4) return false;
  const double fill = static_cast<double>(area) / (static_cast<double>(width) * height);
  // Strokes fill part of their box; a solid block is an edge or a photo detail.
  return fill > 0.08 && fill < 0.85;
}

}  // namespace

std::vector<TextBlob> findTextBlobs(const cv::Mat& grey, int strokeLimit) {
  cv::Mat smooth;
  cv::GaussianBlur(grey, smooth, cv::Size(0, 0), kSmoothing);
  cv::Mat ink;
  const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(strokeLimit, strokeLimit));
  cv::morphologyEx(smooth, ink, cv::MORPH_BLACKHAT, kernel);
  cv::Mat mask;
  const double otsu = cv::threshold(ink, mask, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
  if (otsu < kMinInkContrast) cv::threshold(ink, mask, kMinInkContrast, 255, cv::THRESH_BINARY);
  cv::Mat labels;
  cv::Mat stats;
  cv::Mat centroids;
  const int count = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8, CV_32S);
  std::vector<TextBlob> blobs;
  for (int label = 1; label < count && blobs.size() < kMaxBlobs; ++label) {
    const int* s = stats.ptr<int>(label);
    const int width = s[cv::CC_STAT_WIDTH];
    const int height = s[cv::CC_STAT_HEIGHT];
    if (!plausibleCharacter(width, height, s[cv::CC_STAT_AREA])) continue;
    blobs.push_back({s[cv::CC_STAT_LEFT] + (width - 1) / 2.0, s[cv::CC_STAT_TOP] + (height - 1) / 2.0, width, height});
  }
  return blobs;
}

double medianHeight(const std::vector<TextBlob>& blobs) {
  if (blobs.empty()) return 0;
  std::vector<int> heights;
  heights.reserve(blobs.size());
  for (const auto& blob : blobs) heights.push_back(blob.height);
  std::nth_element(heights.begin(), heights.begin() + static_cast<long>(heights.size() / 2), heights.end());
  return heights[heights.size() / 2];
}

}  // namespace foyer::document::mrz
