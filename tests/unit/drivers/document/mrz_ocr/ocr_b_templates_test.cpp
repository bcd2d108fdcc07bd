#include "drivers/document/mrz_ocr/ocr_b_templates.hpp"

#include <fstream>
#include <vector>

#include <gtest/gtest.h>

#include "drivers/document/mrz_ocr/ocr_b_font_file.hpp"
#include "tests/support/synthetic_document.hpp"
#include "tests/unit/drivers/document/mrz_ocr/ocr_test_templates.hpp"

namespace foyer::document::mrz {
namespace {

float correlation(const cv::Mat& rows, int a, int b) {
  return static_cast<float>(rows.row(a).dot(rows.row(b)));
}

TEST(OcrBTemplates, EveryMrzGlyphIsACellOfInkAtEverySharpness) {
  const auto& templates = test::ocrBTemplates();
  for (int glyph = 0; glyph < kGlyphCount; ++glyph) {
    const cv::Mat& image = templates.image(glyph);
    ASSERT_EQ(image.size(), cv::Size(kCellWidth, kCellHeight));
    double darkest = 255;
    cv::minMaxLoc(image, &darkest);
    EXPECT_LT(darkest, 100) << kMrzAlphabet[static_cast<std::size_t>(glyph)];
    for (std::size_t level = 0; level < OcrBTemplates::kSharpnessLevels; ++level) {
      const cv::Mat row = templates.matrix(level).row(glyph);
      EXPECT_NEAR(cv::sum(row)[0], 0, 1e-3);
      EXPECT_NEAR(cv::norm(row), 1, 1e-4);
    }
  }
  // The middle of a text line lies near the middle of the cell.
  EXPECT_GT(templates.referenceRow(), kCellHeight * 0.35);
  EXPECT_LT(templates.referenceRow(), kCellHeight * 0.65);
}

TEST(OcrBTemplates, LookAlikesStayApart) {
  // OCR-B was drawn so that these pairs differ; the sharp templates must keep that difference.
  const cv::Mat& sharp = test::ocrBTemplates().matrix(0);
  for (const auto& [a, b] : {std::pair{'O', '0'}, {'I', '1'}, {'B', '8'}, {'S', '5'}, {'Z', '2'}, {'D', '0'}}) {
    EXPECT_LT(correlation(sharp, glyphIndex(a), glyphIndex(b)), 0.9F) << a << b;
  }
  for (int glyph = 0; glyph < kGlyphCount; ++glyph) EXPECT_NEAR(correlation(sharp, glyph, glyph), 1, 1e-4);
}

TEST(OcrBTemplates, AMissingOrBrokenFontIsAClearError) {
  const auto missing = loadOcrBTemplates("/nonexistent/OCRB.otf");
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().find("/nonexistent/OCRB.otf"), std::string::npos) << missing.error();

  EXPECT_FALSE(OcrBTemplates::fromFontData({}));
  std::vector<unsigned char> garbage(4096);
  for (std::size_t i = 0; i < garbage.size(); ++i) garbage[i] = static_cast<unsigned char>(i * 37 + 11);
  const auto broken = OcrBTemplates::fromFontData(garbage);
  ASSERT_FALSE(broken);
  EXPECT_FALSE(broken.error().empty());
}

TEST(OcrBTemplates, AFontWithoutTheMrzGlyphsIsRefused) {
  // A proportional font: not OCR-B, whatever its name.
  const auto proportional = loadOcrBTemplates(testing::labelFontFile());
  ASSERT_FALSE(proportional);
  EXPECT_NE(proportional.error().find("monospaced"), std::string::npos) << proportional.error();
}

}  // namespace
}  // namespace foyer::document::mrz
