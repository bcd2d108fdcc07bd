#include "drivers/document/mrz/mrz_correction.hpp"

#include <iostream>
#include <random>

#include <gtest/gtest.h>

#include "drivers/document/mrz/check_digit.hpp"
#include "drivers/document/mrz/mrz_parser.hpp"

namespace foyer::document::mrz {
namespace {

const std::string kTd3Line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
const std::string kTd3Line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

CorrectedLines correct(const std::vector<std::string>& lines) {
  std::vector<std::string_view> views(lines.begin(), lines.end());
  return correctOcrConfusions(std::span<const std::string_view>(views));
}

bool validAfter(const CorrectedLines& corrected) {
  std::vector<std::string_view> views(corrected.lines.begin(), corrected.lines.end());
  auto document = parse(std::span<const std::string_view>(views), 2026);
  return document && document->valid();
}

TEST(MrzCorrection, ACleanMrzIsLeftAlone) {
  const auto corrected = correct({kTd3Line1, kTd3Line2});
  EXPECT_TRUE(corrected.corrections.empty());
  EXPECT_EQ(corrected.lines[1], kTd3Line2);
}

TEST(MrzCorrection, LetterOInTheDocumentNumberIsRestoredByItsCheckDigit) {
  std::string line2 = kTd3Line2;
  line2[5] = 'O';  // L8989O2C3
  const auto corrected = correct({kTd3Line1, line2});
  EXPECT_EQ(corrected.lines[1], kTd3Line2);
  ASSERT_EQ(corrected.corrections.size(), 1U);
  EXPECT_EQ(corrected.corrections[0].line, 2);
  EXPECT_EQ(corrected.corrections[0].position, 6);
  EXPECT_EQ(corrected.corrections[0].from, 'O');
  EXPECT_EQ(corrected.corrections[0].to, '0');
  EXPECT_TRUE(validAfter(corrected));
}

TEST(MrzCorrection, LettersInDatesAndDigitsInStatesAreMappedByPosition) {
  std::string line1 = kTd3Line1;
  line1[4] = '0';  // UT0
  std::string line2 = kTd3Line2;
  line2[15] = 'O';  // birth 74O812
  line2[21] = 'I';  // expiry I20415
  line2[12] = '0';  // nationality UT0
  const auto corrected = correct({line1, line2});
  EXPECT_EQ(corrected.lines[0], kTd3Line1);
  EXPECT_EQ(corrected.lines[1], kTd3Line2);
  EXPECT_EQ(corrected.corrections.size(), 4U);
}

TEST(MrzCorrection, FillerRunsReadAsKCEBecomeFillers) {
  const std::string read = "P<UTOERIKSSON<<ANNA<MARIA<<<KKKKKCCCKKKKEKKC";
  ASSERT_EQ(read.size(), 44U);
  const auto corrected = correct({read, kTd3Line2});
  EXPECT_EQ(corrected.lines[0], kTd3Line1);
  const auto lowerCase = correct({"p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<<", kTd3Line2});
  EXPECT_EQ(lowerCase.lines[0], kTd3Line1);
}

TEST(MrzCorrection, ShortNamesMadeOfKCELettersSurvive) {
  // Turkish given name ECE, and KE: real names, not fillers.
  const std::string line1 = "P<TURYILMAZ<<ECE<<<<<<<<<<<<<<<<<<<<<<<<<<<<";
  EXPECT_EQ(correct({line1, kTd3Line2}).lines[0], line1);
  const std::string line1b = "P<CHNWANG<<KE<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<";
  EXPECT_EQ(correct({line1b, kTd3Line2}).lines[0], line1b);
  const std::string start = "P<UTOERIKSSON<<ECE<";
  const std::string line1c = start + std::string(44 - start.size(), 'K');
  EXPECT_EQ(correct({line1c, kTd3Line2}).lines[0], start + std::string(44 - start.size(), '<'));
}

TEST(MrzCorrection, NothingIsGuessedWhenNoReadingPasses) {
  std::string line2 = kTd3Line2;
  line2[18] = '3';  // birth 740813: a real misread digit in a digit-only field, no look-alike to try
  const auto corrected = correct({kTd3Line1, line2});
  EXPECT_EQ(corrected.lines[1], line2);
  EXPECT_FALSE(validAfter(corrected));
}

TEST(MrzCorrection, AnUnrepairableFieldDoesNotBlockTheDocumentNumber) {
  std::string line2 = kTd3Line2;
  line2[5] = 'O';   // document number L8989O2C3: repairable
  line2[30] = '7';  // optional data ZE784226B: a real misread, nothing to try
  const auto corrected = correct({kTd3Line1, line2});
  EXPECT_EQ(corrected.lines[1].substr(0, 10), kTd3Line2.substr(0, 10)) << "the number the chip's key needs";
  EXPECT_EQ(corrected.lines[1][30], '7');
}

TEST(MrzCorrection, WrongShapeComesBackUnchanged) {
  const auto corrected = correct({"P<UTO", "L898"});
  EXPECT_EQ(corrected.lines[0], "P<UTO");
  EXPECT_TRUE(corrected.corrections.empty());
}

// Property over many synthetic passports: a look-alike swap in the document number and/or the optional data
// (one per field, what check digits can resolve) is undone, or left as read when two readings pass; the
// corrector never turns a damaged MRZ into a *different* valid one.
TEST(MrzCorrection, NeverReplacesTheTruthWithAnotherValidReading) {
  std::mt19937 random(20261124);  // fixed seed: the same documents on every run
  const std::string alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  auto pick = [&](const std::string& from) { return from[random() % from.size()]; };
  int restored = 0;
  int ambiguous = 0;
  int wrong = 0;
  constexpr int kDocuments = 400;
  for (int n = 0; n < kDocuments; ++n) {
    std::string number;
    for (int i = 0; i < 9; ++i) number += pick(alphabet);
    std::string optional;
    for (int i = 0; i < 8; ++i) optional += pick(alphabet);
    optional += std::string(6, '<');
    std::string line2 = number + std::to_string(*checkDigit(number)) + "UTO" + "7408122F1204159" + optional +
                        std::to_string(*checkDigit(optional));
    line2 += std::to_string(*checkDigit(line2.substr(0, 10) + line2.substr(13, 7) + line2.substr(21, 22)));
    const std::string truth = line2;
    // Damage up to two look-alike characters in the swappable fields.
    std::string damaged = truth;
    int damages = 0;
    bool damagedField[2] = {false, false};
    for (int attempt = 0; attempt < 40 && damages < 1 + n % 2; ++attempt) {
      const int field = static_cast<int>(random() % 2);
      if (damagedField[field]) continue;
      const std::size_t position = field == 0 ? random() % 9 : 28 + random() % 8;
      const char c = damaged[position];
      const std::string from = "0O1I8B5S2Z";
      const auto at = from.find(c);
      if (at == std::string::npos) continue;
      damaged[position] = from[at ^ 1U];
      damagedField[field] = true;
      ++damages;
    }
    const auto corrected = correct({kTd3Line1, damaged});
    if (corrected.lines[1] == truth) {
      ++restored;
    } else if (corrected.ambiguous || corrected.lines[1] == damaged) {
      ++ambiguous;  // left as read: the visitor is asked to retry or type the data
    } else {
      ++wrong;
    }
  }
  EXPECT_EQ(wrong, 0) << "a correction produced a valid MRZ that is not the document";
  // Check digits alone leave about a third as read (two readings pass); OCR confidence breaks such ties.
  EXPECT_GE(restored, kDocuments * 65 / 100) << "restored " << restored << ", left " << ambiguous;
  std::cout << "restored " << restored << " of " << kDocuments << ", left as read " << ambiguous << '\n';
}

}  // namespace
}  // namespace foyer::document::mrz
