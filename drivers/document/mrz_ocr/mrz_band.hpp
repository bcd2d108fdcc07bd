#pragma once
#include <expected>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

namespace foyer::document::mrz {

// Where one MRZ line's characters are, in coordinates turned by the band's angle:
// u = x cos(angle) + y sin(angle) along the line, v = -x sin(angle) + y cos(angle) across it.
struct MrzLineGeometry {
  double firstCentre = 0;  // u of the first character's centre
  double pitch = 0;        // u from one character centre to the next
  double middle = 0;       // v of the characters' vertical middle
};

struct MrzBand {
  double angle = 0;  // of the text lines in the image, radians, y pointing down
  int lineLength = 0;
  std::vector<MrzLineGeometry> lines;  // top to bottom
};

enum class BandFailure {
  NothingLikeAnMrz,  // no stack of evenly spaced character lines
  UnknownShape,      // such lines, but not 2 x 44, 2 x 36 or 3 x 30 characters
};

struct BandError {
  BandFailure failure = BandFailure::NothingLikeAnMrz;
  std::string message;
};

// Finds the MRZ in a grey frame (text lines within ±5° of horizontal) and measures its lines.
std::expected<MrzBand, BandError> findMrzBand(const cv::Mat& grey);

}  // namespace foyer::document::mrz
