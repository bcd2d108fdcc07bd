#pragma once
#include <vector>

#include "drivers/document/mrz_ocr/text_blobs.hpp"

namespace foyer::document::mrz {

// A blob turned by the skew: u runs along the text lines, v across them (both in pixels).
struct PlacedBlob {
  double u = 0;
  double v = 0;
  int width = 0;
  int height = 0;
};

PlacedBlob place(const TextBlob& blob, double angle);

// A row of blobs with a stretch of evenly spaced ones, as in a line printed at a fixed pitch. In an MRZ
// every position holds ink (the filler '<' too), so its lines are one unbroken stretch.
struct RegularLine {
  std::vector<PlacedBlob> blobs;  // the whole row
  double start = 0;               // u of the stretch's first character centre
  double pitch = 0;
  int cells = 0;      // character positions the stretch covers
  double middle = 0;  // v of the row
  double height = 0;  // median blob height
};

// Rows of the blobs at `angle` holding a stretch of at least `minCells` evenly spaced characters, top first.
std::vector<RegularLine> findRegularLines(const std::vector<TextBlob>& blobs, double angle, int minCells);

}  // namespace foyer::document::mrz
