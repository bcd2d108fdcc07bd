// The picture of the signature: the field's full extent at its aspect ratio, black ink where the strokes
// ran and white elsewhere, and a PNG that decodes to the same pixels.
#include "drivers/signature/signature_image.hpp"

#include <algorithm>

#include <gtest/gtest.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include "drivers/signature/signature_capture.hpp"
#include "tests/unit/drivers/signature/synthetic_signature.hpp"

namespace foyer::signature {
namespace {

std::uint8_t pixel(const SignatureImage& image, int x, int y) {
  return image.grey.at(static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width) +
                       static_cast<std::size_t>(x));
}

// The darkest pixel in a small square around (x, y): ink is there if the pen passed close by.
std::uint8_t darkestNear(const SignatureImage& image, int x, int y, int radius = 2) {
  std::uint8_t darkest = 255;
  for (int dy = -radius; dy <= radius; ++dy) {
    for (int dx = -radius; dx <= radius; ++dx) {
      const int px = std::clamp(x + dx, 0, image.width - 1);
      const int py = std::clamp(y + dy, 0, image.height - 1);
      darkest = std::min(darkest, pixel(image, px, py));
    }
  }
  return darkest;
}

TEST(SignatureImage, KeepsTheFieldsAspectRatio) {
  const auto image = renderSignature({}, 4.0);
  EXPECT_EQ(image.width, 945);
  EXPECT_EQ(image.height, 236);  // 945 / 4 = 236.25
  EXPECT_EQ(image.grey.size(), 945U * 236U);
  const auto square = renderSignature({}, 3.0, 600);
  EXPECT_EQ(square.width, 600);
  EXPECT_EQ(square.height, 200);
}

TEST(SignatureImage, AnEmptyFieldIsWhite) {
  const auto image = renderSignature({}, 4.0);
  EXPECT_TRUE(std::all_of(image.grey.begin(), image.grey.end(), [](std::uint8_t v) { return v == 255; }));
}

TEST(SignatureImage, InkIsBlackWhereTheStrokeRanAndWhiteElsewhere) {
  const Stroke line{{0.2F, 0.5F, 0}, {0.8F, 0.5F, 100}};
  const auto image = renderSignature({line}, 4.0);
  const int midY = (image.height - 1) / 2;
  for (const double x : {0.25, 0.5, 0.75}) {
    EXPECT_EQ(pixel(image, static_cast<int>(x * (image.width - 1)), midY), 0) << "on the line at x=" << x;
  }
  EXPECT_EQ(pixel(image, image.width / 2, 0), 255) << "above the line";
  EXPECT_EQ(pixel(image, image.width / 2, image.height - 1), 255) << "below the line";
  EXPECT_EQ(pixel(image, 10, midY), 255) << "left of where the stroke began";
  EXPECT_EQ(pixel(image, image.width - 10, midY), 255) << "right of where it ended";
  double ink = 0;  // in fully black pixels: a grey edge pixel counts in part
  for (const auto value : image.grey) ink += (255 - value) / 255.0;
  const double length = 0.6 * (image.width - 1);
  EXPECT_NEAR(ink / length, kDefaultPenWidth, 1.0) << "the line is as wide as the pen";
}

TEST(SignatureImage, EdgesAreAntiAliased) {
  const Stroke slanted{{0.1F, 0.2F, 0}, {0.9F, 0.7F, 100}};
  const auto image = renderSignature({slanted}, 4.0);
  const auto grey =
      std::count_if(image.grey.begin(), image.grey.end(), [](std::uint8_t v) { return v > 0 && v < 255; });
  EXPECT_GT(grey, 100);
}

TEST(SignatureImage, ATapLeavesADot) {
  const auto image = renderSignature({Stroke{{0.5F, 0.5F, 0}}}, 4.0);
  EXPECT_LT(darkestNear(image, (image.width - 1) / 2, (image.height - 1) / 2, 0), 64);
  EXPECT_EQ(pixel(image, (image.width - 1) / 2 + 10, (image.height - 1) / 2), 255);
}

TEST(SignatureImage, ASignatureInOneCornerIsNotCroppedToIt) {
  const Stroke corner{{0.0F, 0.0F, 0}, {0.1F, 0.1F, 50}};
  const auto image = renderSignature({corner}, 4.0);
  EXPECT_EQ(image.width, 945);
  EXPECT_EQ(image.height, 236);
  EXPECT_EQ(pixel(image, 0, 0), 0) << "ink on the field's edge stays in the picture";
  EXPECT_EQ(pixel(image, image.width - 1, image.height - 1), 255);
}

TEST(SignatureImage, EveryStrokeOfANameLeavesInk) {
  const auto name = testing::syntheticName(0.2, 0.8);
  const auto image = renderSignature(name, 4.0);
  for (const auto& stroke : name) {
    for (std::size_t i = 0; i < stroke.size(); i += 10) {
      const int x = static_cast<int>(std::lround(stroke[i].x * static_cast<double>(image.width - 1)));
      const int y = static_cast<int>(std::lround(stroke[i].y * static_cast<double>(image.height - 1)));
      EXPECT_LT(darkestNear(image, x, y, 1), 64) << "point " << i;
    }
  }
  EXPECT_EQ(pixel(image, 20, 20), 255);
  EXPECT_EQ(pixel(image, image.width - 20, image.height - 20), 255);
}

TEST(SignatureImage, ThePngDecodesToTheSamePixels) {
  const auto image = renderSignature(testing::syntheticName(0.1, 0.9), 4.0);
  const auto png = encodeSignaturePng(image);
  ASSERT_GT(png.size(), 8U);
  const std::vector<std::uint8_t> bytes(png.begin(), png.end());
  const cv::Mat decoded = cv::imdecode(bytes, cv::IMREAD_UNCHANGED);
  ASSERT_EQ(decoded.type(), CV_8UC1);
  ASSERT_EQ(decoded.cols, image.width);
  ASSERT_EQ(decoded.rows, image.height);
  ASSERT_TRUE(decoded.isContinuous());
  EXPECT_TRUE(std::equal(image.grey.begin(), image.grey.end(), decoded.ptr<std::uint8_t>()));
}

TEST(SignatureImage, NoPictureGivesNoPng) {
  EXPECT_TRUE(encodeSignaturePng(SignatureImage{}).empty());
  SignatureImage broken = renderSignature({}, 4.0, 100);
  broken.height += 1;  // the pixels no longer fill the stated size
  EXPECT_TRUE(encodeSignaturePng(broken).empty());
}

TEST(SignatureCapture, AnAcceptedSignatureIsKeptWithItsPictureAndPng) {
  auto capture = captureSignature(testing::padWith(testing::syntheticName(0.2, 0.8)), 4.0);
  EXPECT_TRUE(capture.verdict.accepted);
  EXPECT_EQ(capture.strokes.size(), 3U);
  EXPECT_EQ(capture.image.width, kDefaultImageWidth);
  EXPECT_EQ(capture.image.height, 236);
  EXPECT_FALSE(capture.png.empty());
  capture.wipe();
  EXPECT_TRUE(capture.strokes.empty());
  EXPECT_TRUE(capture.image.empty());
  EXPECT_TRUE(capture.png.empty());
  EXPECT_FALSE(capture.verdict.accepted);
}

TEST(SignatureCapture, ARefusedSignatureIsNotRendered) {
  SignaturePad pad;
  pad.begin(0.5F, 0.5F, 0);
  pad.end();
  const auto capture = captureSignature(pad, 4.0);
  EXPECT_FALSE(capture.verdict.accepted);
  EXPECT_EQ(capture.verdict.hint, "signature.hint.more");
  EXPECT_TRUE(capture.strokes.empty());
  EXPECT_TRUE(capture.image.empty());
  EXPECT_TRUE(capture.png.empty());
}

}  // namespace
}  // namespace foyer::signature
