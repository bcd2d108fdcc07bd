#pragma once
#include <vector>

#include <opencv2/core.hpp>

namespace foyer::document::mrz {

// A dark mark of about character size: one OCR-B glyph (all 37 MRZ glyphs are single strokes), or a
// piece of something else. Coordinates are pixel centres of the image it was found in.
struct TextBlob {
  double x = 0;  // centre of the bounding box
  double y = 0;
  int width = 0;
  int height = 0;
};

// Blobs of plausible character size, darker than their surroundings. A black-hat filter keeps marks
// thinner than `strokeLimit` pixels and drops the background (gradients, the inside of a photo).
std::vector<TextBlob> findTextBlobs(const cv::Mat& grey, int strokeLimit);

// The median height of the blobs, 0 for none.
double medianHeight(const std::vector<TextBlob>& blobs);

}  // namespace foyer::document::mrz
