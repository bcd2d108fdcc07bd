#include "tests/support/document_artwork.hpp"

#include <array>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace foyer::testing {
namespace {

double uniform(std::mt19937& random, double from, double to) {
  return std::uniform_real_distribution<double>(from, to)(random);
}

cv::Point2d pixels(double xMm, double yMm, double pixelsPerMm) {
  return {xMm * pixelsPerMm, yMm * pixelsPerMm};
}

}  // namespace

cv::Mat linearRamp(cv::Size size, double direction, double from, double to) {
  cv::Mat across(1, size.width, CV_32F);
  cv::Mat down(size.height, 1, CV_32F);
  for (int x = 0; x < size.width; ++x) {
    across.at<float>(x) = static_cast<float>((x - size.width / 2.0) * std::cos(direction) / size.width);
  }
  for (int y = 0; y < size.height; ++y) {
    down.at<float>(y) = static_cast<float>(0.5 + (y - size.height / 2.0) * std::sin(direction) / size.height);
  }
  cv::Mat t = cv::repeat(across, size.height, 1) + cv::repeat(down, 1, size.width);
  cv::min(cv::max(t, 0.0), 1.0, t);
  return t * (to - from) + from;
}

void paintBackground(cv::Mat& page, double pixelsPerMm, std::mt19937& random) {
  const double from = uniform(random, 215, 245);
  const double to = uniform(random, 200, 240);
  const double direction = uniform(random, 0, 2 * CV_PI);
  linearRamp(page.size(), direction, from, to).convertTo(page, CV_8U);
  // Guilloche: families of sine waves, light enough to lie under the print.
  const int curves = std::uniform_int_distribution<int>(12, 22)(random);
  const double widthMm = page.cols / pixelsPerMm;
  for (int i = 0; i < curves; ++i) {
    const double baseMm = uniform(random, 0, page.rows / pixelsPerMm);
    const double amplitude = uniform(random, 1.5, 6);
    const double wavelength = uniform(random, 8, 25);
    const double phase = uniform(random, 0, 2 * CV_PI);
    std::vector<cv::Point> points;
    for (double xMm = 0; xMm <= widthMm; xMm += 0.4) {
      const double yMm = baseMm + amplitude * std::sin(2 * CV_PI * xMm / wavelength + phase);
      const cv::Point2d p = pixels(xMm, yMm, pixelsPerMm);
      points.emplace_back(static_cast<int>(std::lround(p.x)), static_cast<int>(std::lround(p.y)));
    }
    const double shade = std::max(from, to) - uniform(random, 15, 35);
    cv::polylines(page, points, false, cv::Scalar(shade), 1, cv::LINE_AA);
  }
}

void paintPhoto(cv::Mat& page, const MillimetreRect& area, double pixelsPerMm, std::mt19937& random) {
  const cv::Rect box(pixels(area.x, area.y, pixelsPerMm),
                     pixels(area.x + area.width, area.y + area.height, pixelsPerMm));
  const cv::Rect inside = box & cv::Rect(0, 0, page.cols, page.rows);
  if (inside.empty()) return;
  cv::Mat photo(inside.size(), CV_8UC1, cv::Scalar(uniform(random, 30, 80)));
  const cv::Point centre(photo.cols / 2, static_cast<int>(photo.rows * 0.4));
  cv::ellipse(photo, centre, cv::Size(photo.cols / 4, photo.rows / 4), 0, 0, 360, cv::Scalar(uniform(random, 90, 140)),
              cv::FILLED, cv::LINE_AA);
  cv::ellipse(photo, cv::Point(photo.cols / 2, photo.rows), cv::Size(photo.cols / 2, photo.rows / 3), 0, 180, 360,
              cv::Scalar(uniform(random, 20, 60)), cv::FILLED, cv::LINE_AA);
  cv::Mat texture(photo.size(), CV_16SC1);
  cv::RNG rng(random());
  rng.fill(texture, cv::RNG::NORMAL, 0, 12);
  cv::Mat textured;
  cv::add(photo, texture, textured, cv::noArray(), CV_8U);
  cv::GaussianBlur(textured, textured, cv::Size(0, 0), 1.2);
  textured.copyTo(page(inside));
  cv::rectangle(page, inside, cv::Scalar(20), 2);
}

void paintPersonalData(cv::Mat& page, const MillimetreRect& area, double pixelsPerMm,
                       const std::vector<std::string>& values, GlyphPainter& labels, GlyphPainter& ocrB,
                       std::mt19937& random) {
  static constexpr std::array<const char*, 8> kLabels = {
      "Surname / Nom", "Given names / Prenoms", "Nationality",  "Date of birth / Date de naissance",
      "Sex / Sexe",    "Date of expiry",        "Document no.", "Authority / Autorite"};
  const double pointsToPixels = pixelsPerMm * 25.4 / 72;
  const double labelEm = 6 * pointsToPixels;
  const double valueEm = 9 * pointsToPixels;
  const auto ink = static_cast<unsigned char>(uniform(random, 20, 70));
  labels.draw(page, "PASSPORT   PASSEPORT   REISEPASS", area.x * pixelsPerMm, (area.y + 4) * pixelsPerMm,
              11 * pointsToPixels, ink);
  constexpr double kRowMm = 6;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const double top = area.y + 5 + kRowMm * static_cast<double>(i);
    if (top + kRowMm > area.y + area.height) break;
    labels.draw(page, kLabels[i % kLabels.size()], area.x * pixelsPerMm, (top + 2) * pixelsPerMm, labelEm, ink);
    ocrB.draw(page, values[i], (area.x + 0.5) * pixelsPerMm, (top + 5.3) * pixelsPerMm, valueEm, ink);
  }
}

}  // namespace foyer::testing
