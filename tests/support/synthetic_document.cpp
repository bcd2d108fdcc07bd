#include "tests/support/synthetic_document.hpp"

#include <algorithm>
#include <filesystem>
#include <random>

#include "drivers/document/mrz/mrz_parser.hpp"
#include "tests/support/camera_capture.hpp"
#include "tests/support/document_artwork.hpp"
#include "tests/support/glyph_painter.hpp"
#include "tests/support/random_mrz.hpp"

namespace foyer::testing {
namespace {

using document::mrz::Format;

constexpr double kMrzPitchMm = 2.54;        // 10 characters per inch
constexpr double kMrzLineSpacingMm = 4.23;  // 6 lines per inch

struct PageLayout {
  double widthMm;
  double heightMm;
  double mrzLeftMin;  // first character's cell edge from the left edge, range
  double mrzLeftMax;
  MillimetreRect photo;
};

PageLayout pageLayout(Format format) {
  switch (format) {
    case Format::TD1:
      return {85.6, 54, 3.5, 5.5, {4, 6, 23, 27}};
    case Format::TD2:
    case Format::MrvB:
      return {105, 74, 4.5, 7, {6, 14, 30, 38}};
    case Format::TD3:
    case Format::MrvA:
      break;
  }
  return {125, 88, 5, 7, {6, 20, 34, 44}};
}

std::vector<std::string> visibleData(const std::vector<std::string>& mrz) {
  std::vector<std::string_view> views(mrz.begin(), mrz.end());
  const auto document = document::mrz::parse(std::span<const std::string_view>(views), 2026);
  if (!document) return {"ERIKSSON", "ANNA MARIA"};
  std::string given;
  for (const auto& name : document->secondaryIdentifiers) given += (given.empty() ? "" : " ") + name;
  std::vector<std::string> values = {document->primaryIdentifier,
                                     given,
                                     document->nationality,
                                     document->birthDate ? document->birthDate->iso() : "",
                                     document->sex,
                                     document->expiryDate ? document->expiryDate->iso() : "",
                                     document->documentNumber,
                                     "CITY OF UTOPIA"};
  for (auto& value : values) value = value.substr(0, 18);
  return values;
}

void paintMrz(cv::Mat& page, const std::vector<std::string>& mrz, double pixelsPerMm, double leftMm, double bottomMm,
              GlyphPainter& ocrB, unsigned char ink) {
  const double pitch = kMrzPitchMm * pixelsPerMm;
  const double em = pitch / ocrB.advanceEm('<');
  const double count = static_cast<double>(mrz.size());
  for (std::size_t i = 0; i < mrz.size(); ++i) {
    // Line middles are kMrzLineSpacingMm apart; the caps' middle is 0.36 em above the baseline.
    const double middleMm = bottomMm - (count - 1 - static_cast<double>(i)) * kMrzLineSpacingMm;
    ocrB.draw(page, mrz[i], leftMm * pixelsPerMm, middleMm * pixelsPerMm + 0.36 * em, em, ink, pitch);
  }
}

}  // namespace

std::string ocrBFontFile() {
  return "/usr/share/fonts/opentype/ocr-b/OCRB.otf";
}

std::string labelFontFile() {
  const char* noto = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
  return std::filesystem::exists(noto) ? noto : "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
}

SyntheticDocument renderDocument(Format format, const std::vector<std::string>& mrz,
                                 const CaptureConditions& conditions, std::uint32_t seed) {
  std::mt19937 random(seed);
  const PageLayout layout = pageLayout(format);
  const double pixelsPerMm = conditions.dotsPerInch / 25.4;
  cv::Mat page(static_cast<int>(layout.heightMm * pixelsPerMm), static_cast<int>(layout.widthMm * pixelsPerMm),
               CV_8UC1);
  paintBackground(page, pixelsPerMm, random);
  GlyphPainter labels(labelFontFile());
  GlyphPainter ocrB(ocrBFontFile());
  paintPhoto(page, layout.photo, pixelsPerMm, random);
  const double dataTop = std::max(2.0, layout.photo.y - 8);
  const MillimetreRect data{layout.photo.x + layout.photo.width + 5, dataTop,
                            layout.widthMm - layout.photo.x - layout.photo.width - 8,
                            layout.photo.y + layout.photo.height - dataTop};
  std::mt19937 other(seed ^ 0x5eedU);
  paintPersonalData(page, data, pixelsPerMm, visibleData(mrz.empty() ? randomMrz(format, other) : mrz), labels, ocrB,
                    random);
  const double leftMm = std::uniform_real_distribution<double>(layout.mrzLeftMin, layout.mrzLeftMax)(random);
  const double bottomMm = layout.heightMm - std::uniform_real_distribution<double>(4.5, 6)(random);
  const auto ink = static_cast<unsigned char>(std::uniform_int_distribution<int>(10, 60)(random));
  paintMrz(page, mrz, pixelsPerMm, leftMm, bottomMm, ocrB, ink);
  return {capture(page, conditions, random), mrz, format, conditions};
}

SyntheticDocument randomDocument(Format format, std::uint32_t seed) {
  std::mt19937 random(seed);
  auto uniform = [&](double from, double to) { return std::uniform_real_distribution<double>(from, to)(random); };
  CaptureConditions conditions;
  conditions.dotsPerInch = uniform(285, 320);
  conditions.rotationDegrees = uniform(-3, 3);
  conditions.blurSigma = uniform(0.4, 1.8);
  conditions.noiseSigma = uniform(2, 12);
  conditions.contrast = uniform(0.75, 1.1);
  conditions.brightness = uniform(-30, 15);
  conditions.shading = uniform(0, 0.3);
  const auto mrz = randomMrz(format, random);
  return renderDocument(format, mrz, conditions, static_cast<std::uint32_t>(random()));
}

SyntheticDocument documentWithoutMrz(Format format, std::uint32_t seed) {
  CaptureConditions conditions;
  conditions.rotationDegrees = 1.5;
  return renderDocument(format, {}, conditions, seed);
}

}  // namespace foyer::testing
