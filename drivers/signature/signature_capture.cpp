#include "drivers/signature/signature_capture.hpp"

namespace foyer::signature {

void SignatureCapture::wipe() {
  wipeStrokes(strokes);
  image.wipe();
  foyer::wipe(png);
  aspectRatio = 0;
  verdict = {};
}

SignatureCapture captureSignature(const SignaturePad& pad, double aspectRatio, const InkLimits& limits, int widthPx,
                                  int penWidthPx) {
  SignatureCapture capture;
  capture.aspectRatio = aspectRatio;
  capture.verdict = checkInk(pad.strokes(), aspectRatio, limits);
  if (!capture.verdict.accepted) return capture;
  capture.strokes = pad.strokes();
  capture.image = renderSignature(capture.strokes, aspectRatio, widthPx, penWidthPx);
  capture.png = encodeSignaturePng(capture.image);
  return capture;
}

}  // namespace foyer::signature
