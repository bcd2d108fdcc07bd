#pragma once
#include <cstdlib>
#include <iostream>

#include "drivers/document/mrz_ocr/ocr_b_font_file.hpp"

namespace foyer::document::mrz::test {

// The templates from Debian's fonts-ocr-b, made once per test run (a declared build dependency: without
// it the tests cannot mean anything, so they stop).
inline const OcrBTemplates& ocrBTemplates() {
  static const OcrBTemplates templates = [] {
    auto loaded = loadOcrBTemplates();
    if (!loaded) {
      std::cerr << "cannot make OCR-B templates: " << loaded.error() << " (install fonts-ocr-b)\n";
      std::abort();
    }
    return std::move(*loaded);
  }();
  return templates;
}

}  // namespace foyer::document::mrz::test
