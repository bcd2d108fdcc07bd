#include "drivers/signature/signature_image.hpp"

#include <string.h>  // explicit_bzero

#include <algorithm>
#include <cmath>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace foyer::signature {
namespace {

// cv::line takes fixed-point coordinates: 4 fractional bits keep sub-pixel pen positions smooth.
constexpr int kShift = 4;
constexpr double kScale = 1 << kShift;
constexpr int kMaxWidth = 8000;  // far beyond any print resolution; bounds the allocation

cv::Point toPixel(const InkPoint& point, int width, int height) {
  // 0 and 1 land on the centres of the outermost pixels, so ink on the edge stays in the picture.
  return {static_cast<int>(std::lround(point.x * static_cast<double>(width - 1) * kScale)),
          static_cast<int>(std::lround(point.y * static_cast<double>(height - 1) * kScale))};
}

}  // namespace

void SignatureImage::wipe() {
  foyer::wipe(grey);
  width = height = 0;
}

SignatureImage renderSignature(const std::vector<Stroke>& strokes, double aspectRatio, int widthPx, int penWidthPx) {
  SignatureImage image;
  image.width = std::clamp(widthPx, 1, kMaxWidth);
  image.height = std::max(1, static_cast<int>(std::lround(image.width / usableAspectRatio(aspectRatio))));
  image.grey.assign(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height), 255);
  // Drawn straight into the wiping buffer: no OpenCV-owned copy of the signature is left behind.
  cv::Mat canvas(image.height, image.width, CV_8UC1, image.grey.data());
  const int pen = std::max(1, penWidthPx);
  // OpenCV draws a thick line ceil(t / 2) px either side of a centre pixel, plus an anti-aliased fringe:
  // thickness 5 comes out 7 px wide. Ask for the even thickness that gives the pen's width.
  const int thickness = std::max(1, (pen - 1) / 2 * 2);
  const cv::Scalar ink(0);
  for (const auto& stroke : strokes) {
    if (stroke.size() == 1) {  // a tap leaves a dot as a pen would
      cv::circle(canvas, toPixel(stroke[0], image.width, image.height), static_cast<int>((pen / 2.0) * kScale), ink,
                 cv::FILLED, cv::LINE_AA, kShift);
      continue;
    }
    for (std::size_t i = 1; i < stroke.size(); ++i) {
      cv::line(canvas, toPixel(stroke[i - 1], image.width, image.height), toPixel(stroke[i], image.width, image.height),
               ink, thickness, cv::LINE_AA, kShift);
    }
  }
  return image;
}

SecureBytes encodeSignaturePng(const SignatureImage& image) {
  if (image.empty() || image.grey.size() != static_cast<std::size_t>(image.width) * image.height) return {};
  // imencode only reads the pixels; cv::Mat has no const constructor over foreign memory.
  const cv::Mat grey(image.height, image.width, CV_8UC1, const_cast<std::uint8_t*>(image.grey.data()));
  std::vector<std::uint8_t> png;
  SecureBytes out;
  if (cv::imencode(".png", grey, png)) out.assign(png.begin(), png.end());
  // OpenCV fills a plain vector; overwrite it before it is freed (buffers it dropped while growing are
  // beyond reach, as are libpng's row buffers).
  if (!png.empty()) explicit_bzero(png.data(), png.size());
  return out;
}

}  // namespace foyer::signature
