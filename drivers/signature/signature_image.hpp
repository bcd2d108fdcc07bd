#pragma once
#include <vector>

#include "drivers/common/secure_bytes.hpp"
#include "drivers/signature/signature_strokes.hpp"

// The signature as a picture for the document: the whole field (never cropped, so the picture keeps the
// document's aspect ratio), black ink on white, 8-bit grey.
namespace foyer::signature {

inline constexpr int kDefaultImageWidth = 945;  // 80 mm at 300 dpi
inline constexpr int kDefaultPenWidth = 5;      // px: a 0.4 mm ballpoint line at 300 dpi

struct SignatureImage {
  SecureBytes grey;  // row by row, width * height bytes, 255 white
  int width = 0;
  int height = 0;

  [[nodiscard]] bool empty() const { return grey.empty(); }
  void wipe();
};

// `aspectRatio`: the field's width / height; the picture is widthPx x round(widthPx / aspectRatio).
SignatureImage renderSignature(const std::vector<Stroke>& strokes, double aspectRatio, int widthPx = kDefaultImageWidth,
                               int penWidthPx = kDefaultPenWidth);

// Lossless PNG of the picture; empty when there is no picture or encoding fails.
SecureBytes encodeSignaturePng(const SignatureImage& image);

}  // namespace foyer::signature
