#pragma once
#include <expected>

#include <opencv2/core.hpp>

#include "drivers/document/mrz_ocr/mrz_reading.hpp"
#include "drivers/document/mrz_ocr/ocr_b_templates.hpp"

namespace foyer::document::mrz {

// Reads the MRZ of a document seen by a camera (about 300 dpi, lines within ±5° of horizontal): finds the
// band, straightens it, matches every character against the OCR-B templates, corrects look-alikes by
// position and check digit and parses the result. Any image is accepted (empty, 1, 3 or 4 channels, 8 or
// 16 bit, float, huge); time stays bounded because huge frames are shrunk first. Pure: no I/O, no clock
// (`referenceYear` gives two-digit years their century).
std::expected<MrzReading, MrzReadError> readMrz(const cv::Mat& image, const OcrBTemplates& templates,
                                                int referenceYear);

}  // namespace foyer::document::mrz
