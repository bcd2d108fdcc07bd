#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "drivers/document/mrz/mrz_layout.hpp"

namespace foyer::testing {

// How the camera sees the document.
struct CaptureConditions {
  double dotsPerInch = 300;
  double rotationDegrees = 0;  // clockwise positive
  double blurSigma = 0.8;      // pixels
  double noiseSigma = 4;       // grey levels
  double contrast = 1;         // multiplies the grey levels...
  double brightness = 0;       // ...then this is added
  double shading = 0;          // darkening towards one side, 0-1
};

struct SyntheticDocument {
  cv::Mat image;                 // CV_8UC1: the document on the reader's glass
  std::vector<std::string> mrz;  // what is printed (empty lines when `withMrz` was false)
  document::mrz::Format format = document::mrz::Format::TD3;
  CaptureConditions conditions;
};

// A TD1, TD2 or TD3 document (MRV-A/B use the TD3/TD2 size): light gradient and guilloche background,
// a dark photo, labels and printed data, the MRZ in OCR-B at 10 characters per inch, on a darker reader
// surface; then rotated, blurred, shaded, noisy. Same arguments, same pixels.
SyntheticDocument renderDocument(document::mrz::Format format, const std::vector<std::string>& mrz,
                                 const CaptureConditions& conditions, std::uint32_t seed);

// Random MRZ content and capture conditions from `seed`: 285-320 dpi, rotation within ±3°, blur 0.4-1.8 px,
// noise 2-12 grey levels, contrast 0.75-1.1, brightness -30..+15, shading up to 30 %.
SyntheticDocument randomDocument(document::mrz::Format format, std::uint32_t seed);

// The same document without an MRZ (for "no MRZ found").
SyntheticDocument documentWithoutMrz(document::mrz::Format format, std::uint32_t seed);

// Debian's fonts-ocr-b, and a sans font for the labels.
std::string ocrBFontFile();
std::string labelFontFile();

}  // namespace foyer::testing
