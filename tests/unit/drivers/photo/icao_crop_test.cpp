// The document photo cut from a frame: the crop of a good camera frame must itself meet the ICAO geometry
// (measured again on the crop with the same checks), a tilted head comes out level, a face at the frame's
// edge is reported as not fitting, and the encoders write what they claim.
#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>

#include "drivers/photo/face_finder.hpp"
#include "drivers/photo/icao_crop.hpp"
#include "drivers/photo/photo_quality.hpp"
#include "tests/unit/drivers/photo/photo_test_images.hpp"

namespace foyer::photo {
namespace {

struct Cropped {
  CropPlan plan;
  cv::Mat photo;
  QualityReport again;  // the checks run on the crop
};

Cropped cropOf(const cv::Mat& frame, const CropLayout& layout = {}) {
  const auto faces = testFinder().find(frame);
  EXPECT_EQ(faces.size(), 1U);
  const QualityReport report = assessQuality(frame, faces, QualityLimits{});
  EXPECT_TRUE(report.face.has_value());
  Cropped out;
  out.plan = planCrop(*report.face, frame.size(), layout);
  out.photo = cropPhoto(frame, out.plan);
  out.again = assessQuality(out.photo, testFinder().find(out.photo), QualityLimits{});
  return out;
}

TEST(IcaoCrop, TheCropOfACameraFrameHasTheDocumentGeometry) {
  const Cropped c = cropOf(cameraFrame("still.jpg"));
  EXPECT_TRUE(c.plan.insideFrame);
  ASSERT_EQ(c.photo.cols, 413);
  ASSERT_EQ(c.photo.rows, 531) << "35:45";
  ASSERT_TRUE(c.again.face.has_value()) << "the face must still be found in the photo";
  const FaceGeometry& g = *c.again.face;
  const double height = c.photo.rows;
  // German Fotomustertafel: face 32-36 mm of 45 (71-80 %), eyes 22-32 mm above the bottom edge.
  EXPECT_NEAR(g.faceHeight / height, 0.75, 0.03);
  const double eyesAboveBottomMm = (height - g.eyeMidpoint.y) / height * 45.0;
  EXPECT_GE(eyesAboveBottomMm, 22.0);
  EXPECT_LE(eyesAboveBottomMm, 32.0);
  // ISO/IEC 19794-5: face centre at 45-55 % of the width; eye distance enough for the chip (>= 90 px).
  EXPECT_NEAR(g.faceCentreX / static_cast<double>(c.photo.cols), 0.5, 0.05);
  EXPECT_GE(g.interEyeDistance, 90.0F);
  EXPECT_NEAR(g.rollDegrees, 0.0, 1.5);
}

TEST(IcaoCrop, ATiltedHeadComesOutLevel) {
  const cv::Mat tilted = testImage("astronaut-rotated.jpg");
  const auto faces = testFinder().find(tilted);
  ASSERT_FALSE(faces.empty());
  const QualityReport before = assessQuality(tilted, faces, QualityLimits{});
  ASSERT_GT(std::abs(before.face->rollDegrees), 10.0);
  const Cropped c = cropOf(tilted);
  ASSERT_TRUE(c.again.face.has_value());
  EXPECT_NEAR(c.again.face->rollDegrees, 0.0, 2.0);
}

TEST(IcaoCrop, AFaceAtTheFrameEdgeDoesNotFit) {
  const Cropped c = cropOf(testImage("astronaut-shifted.jpg"));
  EXPECT_FALSE(c.plan.insideFrame) << "the photo would need picture left of the frame";
}

TEST(IcaoCrop, LayoutWidthSetsTheSizeAt35To45) {
  CropLayout layout;
  layout.width = 827;  // 600 dpi
  EXPECT_EQ(layout.height(), 1063);
}

TEST(IcaoCrop, EncodersWriteJpegAndJpeg2000ThatDecodeToThePhoto) {
  const Cropped c = cropOf(cameraFrame("still.jpg"));
  const auto jpeg = encodePhoto(c.photo, PhotoFormat::Jpeg, 90);
  ASSERT_TRUE(jpeg.has_value()) << jpeg.error();
  ASSERT_GT(jpeg->size(), 4U);
  EXPECT_EQ((*jpeg)[0], 0xFF);
  EXPECT_EQ((*jpeg)[1], 0xD8);
  const auto jp2 = encodePhoto(c.photo, PhotoFormat::Jpeg2000, 100);
  ASSERT_TRUE(jp2.has_value()) << jp2.error();
  // The JP2 signature box: length 12, type "jP  ".
  ASSERT_GT(jp2->size(), 12U);
  EXPECT_EQ(std::vector<std::uint8_t>(jp2->begin() + 4, jp2->begin() + 8), (std::vector<std::uint8_t>{'j', 'P', ' ', ' '}));
  for (const auto* bytes : {&*jpeg, &*jp2}) {
    const cv::Mat decoded = cv::imdecode(*bytes, cv::IMREAD_COLOR);
    ASSERT_EQ(decoded.size(), c.photo.size());
    EXPECT_LT(cv::norm(decoded, c.photo, cv::NORM_L1) / static_cast<double>(decoded.total() * 3), 6.0)
        << "decodes to the same picture, up to compression";
  }
}

}  // namespace
}  // namespace foyer::photo
