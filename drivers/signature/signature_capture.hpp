#pragma once
#include <vector>

#include "drivers/common/secure_bytes.hpp"
#include "drivers/signature/ink_check.hpp"
#include "drivers/signature/signature_image.hpp"
#include "drivers/signature/signature_strokes.hpp"

// The signature as the visit record keeps it: the strokes (for the clerk's dynamic view), the picture
// for the document and the PNG that travels, with the check's verdict.
namespace foyer::signature {

struct SignatureCapture {
  std::vector<Stroke> strokes;
  double aspectRatio = 0;  // the field's width / height when it was drawn
  SignatureImage image;
  SecureBytes png;
  InkVerdict verdict;

  void wipe();
};

// Checks what the pad holds and, only when it passes, renders it: a refused signature is drawn again
// and never needs a picture.
SignatureCapture captureSignature(const SignaturePad& pad, double aspectRatio, const InkLimits& limits = {},
                                  int widthPx = kDefaultImageWidth, int penWidthPx = kDefaultPenWidth);

}  // namespace foyer::signature
