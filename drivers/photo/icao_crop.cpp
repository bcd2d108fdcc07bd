#include "drivers/photo/icao_crop.hpp"

#include <array>
#include <cmath>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace foyer::photo {


CropPlan planCrop(const FaceGeometry& face, cv::Size frameSize, const CropLayout& layout) {
  CropPlan plan;
  plan.size = cv::Size(layout.width, layout.height());
  const double scale = layout.faceHeight * plan.size.height / std::max(1.0F, face.faceHeight);
  // Rotating by the roll around the eye midpoint levels the eyes; then the midpoint moves to its place.
  cv::Mat rotation = cv::getRotationMatrix2D(face.eyeMidpoint, face.rollDegrees, scale);
  rotation.at<double>(0, 2) += plan.size.width / 2.0 - face.eyeMidpoint.x;
  rotation.at<double>(1, 2) += layout.eyeLine * plan.size.height - face.eyeMidpoint.y;
  plan.frameToPhoto = cv::Matx23d(rotation);

  cv::Mat back;
  cv::invertAffineTransform(rotation, back);
  const cv::Matx23d photoToFrame(back);
  const double w = plan.size.width;
  const double h = plan.size.height;
  for (const auto& corner : std::array{cv::Vec3d(0, 0, 1), cv::Vec3d(w, 0, 1), cv::Vec3d(0, h, 1), cv::Vec3d(w, h, 1)}) {
    const cv::Vec2d at = photoToFrame * corner;
    // Half a pixel of slack: rounding at the frame's own edge is no missing picture.
    if (at[0] < -0.5 || at[1] < -0.5 || at[0] > frameSize.width + 0.5 || at[1] > frameSize.height + 0.5) {
      plan.insideFrame = false;
    }
  }
  return plan;
}

cv::Mat cropPhoto(const cv::Mat& frame, const CropPlan& plan) {
  cv::Mat photo;
  cv::warpAffine(frame, photo, cv::Mat(plan.frameToPhoto), plan.size, cv::INTER_AREA, cv::BORDER_REPLICATE);
  return photo;
}

std::expected<std::vector<std::uint8_t>, std::string> encodePhoto(const cv::Mat& photo, PhotoFormat format,
                                                                   int quality) {
  std::vector<std::uint8_t> bytes;
  try {
    const bool jpeg = format == PhotoFormat::Jpeg;
    const std::vector<int> parameters{jpeg ? cv::IMWRITE_JPEG_QUALITY : cv::IMWRITE_JPEG2000_COMPRESSION_X1000,
                                      quality};
    if (!cv::imencode(jpeg ? ".jpg" : ".jp2", photo, bytes, parameters)) {
      return std::unexpected(std::string("the photo could not be encoded"));
    }
  } catch (const cv::Exception& error) {
    return std::unexpected(std::string("the photo could not be encoded: ") + error.what());
  }
  return bytes;
}

}  // namespace foyer::photo
