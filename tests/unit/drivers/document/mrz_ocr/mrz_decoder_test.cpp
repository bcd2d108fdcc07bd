#include "drivers/document/mrz_ocr/mrz_decoder.hpp"

#include <gtest/gtest.h>

namespace foyer::document::mrz {
namespace {

const std::vector<std::string> kTd3 = {"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                                       "L898902C36UTO7408122F1204159ZE184226B<<<<<10"};

// Scores as a matcher would give them for clean print: the right glyph 0.9, everything else 0.3.
std::vector<LineScores> clean(const std::vector<std::string>& lines) {
  std::vector<LineScores> scores;
  for (const auto& line : lines) {
    auto& out = scores.emplace_back();
    for (char c : line) {
      GlyphScores position;
      position.fill(0.3F);
      position[static_cast<std::size_t>(glyphIndex(c))] = 0.9F;
      out.push_back(position);
    }
  }
  return scores;
}

void prefer(std::vector<LineScores>& scores, int line, int position, char wrong, float score) {
  scores[static_cast<std::size_t>(line)][static_cast<std::size_t>(position)]
        [static_cast<std::size_t>(glyphIndex(wrong))] = score;
}

TEST(MrzDecoder, CleanScoresDecodeUnchanged) {
  const auto scores = clean(kTd3);
  EXPECT_EQ(bestGlyphs(scores[1]), kTd3[1]);
  EXPECT_EQ(formatOf(scores), Format::TD3);
  const auto decoded = decode(scores, Format::TD3);
  EXPECT_EQ(decoded.lines, kTd3);
  EXPECT_TRUE(decoded.corrections.empty());
}

TEST(MrzDecoder, DigitPositionsTakeTheBestDigitAndLetterPositionsTheBestLetter) {
  auto scores = clean(kTd3);
  prefer(scores, 1, 15, 'O', 0.95F);  // birth date 74O812: O beats 0 overall
  prefer(scores, 0, 4, '0', 0.95F);   // issuing state UT0
  prefer(scores, 1, 43, 'D', 0.95F);  // composite check digit
  const auto decoded = decode(scores, Format::TD3);
  EXPECT_EQ(decoded.lines, kTd3);
  ASSERT_EQ(decoded.corrections.size(), 3U);
  EXPECT_EQ(decoded.corrections[0].line, 1);
  EXPECT_EQ(decoded.corrections[0].position, 5);
  EXPECT_EQ(decoded.corrections[0].from, '0');
  EXPECT_EQ(decoded.corrections[0].to, 'O');
  EXPECT_EQ(decoded.corrections[1].reason, "best digit match in a digit position");
}

TEST(MrzDecoder, TheDocumentNumberIsLeftToTheCheckDigit) {
  // L898902C3 read with O for 0: letters and digits are both allowed there, the check digit decides.
  auto scores = clean(kTd3);
  prefer(scores, 1, 5, 'O', 0.95F);
  const auto decoded = decode(scores, Format::TD3);
  EXPECT_EQ(decoded.lines, kTd3);
  ASSERT_EQ(decoded.corrections.size(), 1U);
  EXPECT_EQ(decoded.corrections[0].reason, "look-alike confirmed by the check digit");
}

TEST(MrzDecoder, AVisaIsToldFromAPassportByItsFirstLetter) {
  auto visa = kTd3;
  visa[0][0] = 'V';
  auto scores = clean(visa);
  EXPECT_EQ(formatOf(scores), Format::MrvA);
  EXPECT_FALSE(formatOf({}));
  scores.pop_back();
  EXPECT_FALSE(formatOf(scores));  // one line of 44 is no MRZ
}

}  // namespace
}  // namespace foyer::document::mrz
