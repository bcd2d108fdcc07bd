#pragma once
#include <cstdint>
#include <expected>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "drivers/photo/face_geometry.hpp"
#include "drivers/photo/photo_limits.hpp"

// The document photo cut out of a camera frame: 35:45 portrait, head level, the face 34 mm of 45 mm
// high (75 %), the eyes 19.6 mm from the top (43.5 %), the face centred. Inside the ranges of the German
// Fotomustertafel (face 32-36 mm, eyes 22-32 mm above the bottom edge) and of ISO/IEC 19794-5 (eye line
// 50-70 % from the bottom, face centre 45-55 % of the width); see ../shared/specs/photo-fingerprint-quality.md.
namespace foyer::photo {

struct CropPlan {
  cv::Matx23d frameToPhoto;    // affine: frame pixel → photo pixel (scale, level the eyes, place)
  cv::Size size;
  bool insideFrame = true;     // false: part of the photo lies outside the camera frame
};

CropPlan planCrop(const FaceGeometry& face, cv::Size frameSize, const CropLayout& layout);
// The photo (BGR as the frame); edges outside the frame repeat the nearest frame pixels.
cv::Mat cropPhoto(const cv::Mat& frame, const CropPlan& plan);

enum class PhotoFormat { Jpeg, Jpeg2000 };
// JPEG (quality 0-100) or JPEG 2000 (quality as the compression ratio's thousandths, 0-1000 → OpenCV's
// IMWRITE_JPEG2000_COMPRESSION_X1000). Fails only when OpenCV lacks the codec.
std::expected<std::vector<std::uint8_t>, std::string> encodePhoto(const cv::Mat& photo, PhotoFormat format,
                                                                   int quality);

}  // namespace foyer::photo
