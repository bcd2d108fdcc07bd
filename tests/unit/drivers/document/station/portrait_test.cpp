// The chip's face image decoded for the screen: JPEG and JPEG 2000 (both as an eMRTD may store them),
// and damaged data refused without a crash.
#include <algorithm>
#include <string>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "drivers/document/station/portrait.hpp"

namespace foyer::document {
namespace {

using emrtd::lds::FaceImage;

// A face-sized test picture: left half red, right half blue, so a channel mix-up shows.
cv::Mat testPicture() {
  cv::Mat image(240, 180, CV_8UC3, cv::Scalar(255, 0, 0));  // BGR: blue
  image(cv::Rect(0, 0, 90, 240)).setTo(cv::Scalar(0, 0, 255));  // red on the left
  return image;
}

FaceImage encoded(const std::string& extension, FaceImage::Format format) {
  std::vector<std::uint8_t> bytes;
  EXPECT_TRUE(cv::imencode(extension, testPicture(), bytes));
  return {format, 180, 240, emrtd::Bytes(bytes.begin(), bytes.end())};
}

void expectRedLeftBlueRight(const Portrait& portrait) {
  ASSERT_EQ(portrait.width, 180);
  ASSERT_EQ(portrait.height, 240);
  ASSERT_EQ(portrait.rgba.size(), 180U * 240U * 4U);
  const std::size_t left = (120 * 180 + 20) * 4;
  const std::size_t right = (120 * 180 + 160) * 4;
  EXPECT_GT(portrait.rgba[left], 200);       // R
  EXPECT_LT(portrait.rgba[left + 2], 60);    // B
  EXPECT_LT(portrait.rgba[right], 60);
  EXPECT_GT(portrait.rgba[right + 2], 200);
  EXPECT_EQ(portrait.rgba[left + 3], 255);   // opaque
}

TEST(Portrait, DecodesJpeg) {
  auto portrait = decodePortrait(encoded(".jpg", FaceImage::Format::Jpeg));
  ASSERT_TRUE(portrait) << portrait.error();
  expectRedLeftBlueRight(*portrait);
}

TEST(Portrait, DecodesJpeg2000FileAndCodestream) {
  auto jp2 = decodePortrait(encoded(".jp2", FaceImage::Format::Jpeg2000));
  ASSERT_TRUE(jp2) << jp2.error();
  expectRedLeftBlueRight(*jp2);
  // The raw codestream, as some chips store it: the contents of the JP2 file's 'jp2c' box.
  FaceImage codestream = encoded(".jp2", FaceImage::Format::Jpeg2000);
  const std::string marker = "jp2c";
  const auto box = std::search(codestream.data.begin(), codestream.data.end(), marker.begin(), marker.end());
  ASSERT_NE(box, codestream.data.end());
  codestream.data.erase(codestream.data.begin(), box + 4);
  ASSERT_EQ(codestream.data[0], 0xFF);
  ASSERT_EQ(codestream.data[1], 0x4F);  // SOC: a J2K codestream starts here
  auto j2k = decodePortrait(codestream);
  ASSERT_TRUE(j2k) << j2k.error();
  expectRedLeftBlueRight(*j2k);
}

TEST(Portrait, DamagedOrEmptyDataIsAnErrorNotACrash) {
  EXPECT_FALSE(decodePortrait(FaceImage{}));
  FaceImage cut = encoded(".jpg", FaceImage::Format::Jpeg);
  cut.data.resize(40);
  EXPECT_FALSE(decodePortrait(cut));
  FaceImage noise{FaceImage::Format::Jpeg2000, 10, 10, emrtd::Bytes(5000, 0x5A)};
  noise.data[0] = 0xFF;
  noise.data[1] = 0x4F;  // the start of a J2K codestream, then garbage
  EXPECT_FALSE(decodePortrait(noise));
}

}  // namespace
}  // namespace foyer::document
