#pragma once
#include <vector>

#include "drivers/document/mrz_ocr/text_blobs.hpp"

namespace foyer::document::mrz {

// The angle (radians, y pointing down) of the text lines the blobs form, within ±maxAngle: the angle at
// which their centres, projected across the lines, bunch most tightly into rows.
double estimateSkew(const std::vector<TextBlob>& blobs, double maxAngle);

}  // namespace foyer::document::mrz
