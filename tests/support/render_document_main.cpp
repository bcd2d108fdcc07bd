// foyer-render-document: draws a synthetic identity document with the given MRZ as a document camera
// would see it (300 dpi, slight tilt, blur and noise). Used to make the simulator's camera picture
// (assets/simulator/specimen-document.jpg) and pictures for manual tests.
//   foyer-render-document OUT.png LINE1 LINE2 [LINE3]
#include <iostream>
#include <string>
#include <vector>

#include <opencv2/imgcodecs.hpp>

#include "drivers/document/mrz/mrz_layout.hpp"
#include "tests/support/synthetic_document.hpp"

int main(int argc, char** argv) {
  if (argc != 4 && argc != 5) {
    std::cerr << "usage: foyer-render-document OUT.png LINE1 LINE2 [LINE3]\n";
    return 2;
  }
  std::vector<std::string> mrz(argv + 2, argv + argc);
  using foyer::document::mrz::Format;
  Format format = Format::TD3;
  if (mrz.size() == 3) format = Format::TD1;
  else if (mrz.front().size() == 36) format = Format::TD2;
  foyer::testing::CaptureConditions conditions;
  conditions.rotationDegrees = 1.2;
  conditions.blurSigma = 0.9;
  conditions.noiseSigma = 5;
  const auto document = foyer::testing::renderDocument(format, mrz, conditions, 2026);
  if (!cv::imwrite(argv[1], document.image)) {
    std::cerr << "foyer-render-document: cannot write " << argv[1] << '\n';
    return 1;
  }
  return 0;
}
