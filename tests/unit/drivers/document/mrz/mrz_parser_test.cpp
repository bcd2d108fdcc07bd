#include "drivers/document/mrz/mrz_parser.hpp"

#include <gtest/gtest.h>

#include "drivers/document/mrz/check_digit.hpp"
#include "tests/unit/drivers/document/mrz/mrz_test_data.hpp"

namespace foyer::document::mrz {
namespace {

constexpr int kYear = 2026;

std::expected<MrzDocument, MrzError> parseLines(const std::vector<std::string>& lines) {
  std::vector<std::string_view> views(lines.begin(), lines.end());
  return parse(std::span<const std::string_view>(views), kYear);
}

const CheckResult* checkOf(const MrzDocument& document, std::optional<FieldId> field) {
  for (const CheckResult& check : document.checks) {
    if (check.field == field) return &check;
  }
  return nullptr;
}

std::string digit(std::string_view text) { return std::to_string(*checkDigit(text)); }

TEST(MrzParser, EverySpecimenPassesEveryCheck) {
  const auto specimens = test::loadSpecimens();
  ASSERT_GE(specimens.size(), 11U);
  for (const auto& specimen : specimens) {
    auto document = parseLines(specimen.lines);
    ASSERT_TRUE(document) << specimen.name << ": " << document.error().message;
    EXPECT_TRUE(document->valid()) << specimen.name;
  }
}

TEST(MrzParser, Td3FieldsOfTheIcaoSpecimen) {
  auto document = parse("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                        "L898902C36UTO7408122F1204159ZE184226B<<<<<10\n",
                        kYear);
  ASSERT_TRUE(document) << document.error().message;
  EXPECT_EQ(document->format, Format::TD3);
  EXPECT_EQ(document->documentCode, "P");
  EXPECT_EQ(document->issuingState, "UTO");
  EXPECT_EQ(document->primaryIdentifier, "ERIKSSON");
  EXPECT_EQ(document->secondaryIdentifiers, (std::vector<std::string>{"ANNA", "MARIA"}));
  EXPECT_EQ(document->documentNumber, "L898902C3");
  EXPECT_EQ(document->nationality, "UTO");
  EXPECT_EQ(document->birthDate->iso(), "1974-08-12");
  EXPECT_EQ(document->sex, "F");
  EXPECT_EQ(document->expiryDate->iso(), "2012-04-15");
  EXPECT_EQ(document->optionalData1, "ZE184226B");
  EXPECT_EQ(document->checks.size(), 5U) << "four field checks and the composite";
  EXPECT_FALSE(document->nameMayBeTruncated);
}

TEST(MrzParser, GermanIdCardUsesShortStateAndUnspecifiedSex) {
  auto document = parse("IDD<<T220001293<<<<<<<<<<<<<<<\n6408125<2010315D<<<<<<<<<<<<<4\nMUSTERMANN<<ERIKA<<<<<<<<<<<<<",
                        kYear);
  ASSERT_TRUE(document);
  EXPECT_EQ(document->format, Format::TD1);
  EXPECT_EQ(document->documentCode, "ID");
  EXPECT_EQ(document->issuingState, "D");
  EXPECT_EQ(document->nationality, "D");
  EXPECT_EQ(document->sex, "");
  EXPECT_EQ(document->documentNumber, "T22000129");
  EXPECT_EQ(document->birthDate->iso(), "1964-08-12");
  EXPECT_EQ(document->expiryDate->iso(), "2020-10-31");
  EXPECT_EQ(document->primaryIdentifier, "MUSTERMANN");
}

TEST(MrzParser, VisasHaveNoCompositeCheck) {
  auto document = parse("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL8988901C4XXX4009078F96121096ZE184226B<<<<<<",
                        kYear);
  ASSERT_TRUE(document);
  EXPECT_EQ(document->format, Format::MrvA);
  EXPECT_EQ(checkOf(*document, std::nullopt), nullptr);
  EXPECT_EQ(document->checks.size(), 3U);
  EXPECT_TRUE(document->valid());
}

TEST(MrzParser, AFlippedDigitFailsItsFieldAndTheCompositeNamingBoth) {
  auto document = parse("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                        "L898902C36UTO7408132F1204159ZE184226B<<<<<10\n",  // birth 740812 -> 740813
                        kYear);
  ASSERT_TRUE(document);
  EXPECT_FALSE(document->valid());
  const CheckResult* birth = checkOf(*document, FieldId::BirthDate);
  ASSERT_NE(birth, nullptr);
  EXPECT_FALSE(birth->ok);
  EXPECT_EQ(birth->found, '2');
  EXPECT_EQ(birth->expected, 3);
  EXPECT_FALSE(checkOf(*document, std::nullopt)->ok);
  EXPECT_TRUE(checkOf(*document, FieldId::DocumentNumber)->ok);
  EXPECT_TRUE(checkOf(*document, FieldId::ExpiryDate)->ok);
}

TEST(MrzParser, DatesThatCannotExistAreFieldProblems) {
  const std::string line2 = "L898902C36UTO741312" + std::string("2F1204159ZE184226B<<<<<10");
  auto document = parse("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" + line2, kYear);
  ASSERT_TRUE(document);
  ASSERT_FALSE(document->problems.empty());
  EXPECT_EQ(document->problems[0].field, FieldId::BirthDate);
  EXPECT_NE(document->problems[0].message.find("741312"), std::string::npos);
}

TEST(MrzParser, WrongShapeAndForeignCharactersAreErrorsWithAPlace) {
  auto shape = parse("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10", kYear);
  ASSERT_FALSE(shape);
  EXPECT_NE(shape.error().message.find("got 2 lines of 43, 44 characters"), std::string::npos) << shape.error().message;

  auto foreign = parse("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F12041?9ZE184226B<<<<<10", kYear);
  ASSERT_FALSE(foreign);
  EXPECT_EQ(foreign.error().line, 2);
  EXPECT_EQ(foreign.error().position, 27);
  EXPECT_FALSE(parse("", kYear));
}

TEST(MrzParser, CenturyFollowsTheKindOfDate) {
  EXPECT_EQ(parseDate("640812", DateKind::Birth, kYear)->year, 1964);
  EXPECT_EQ(parseDate("250101", DateKind::Birth, kYear)->year, 2025);
  EXPECT_EQ(parseDate("270101", DateKind::Birth, kYear)->year, 1927) << "nobody is born next year";
  EXPECT_EQ(parseDate("940623", DateKind::Expiry, kYear)->year, 1994);
  EXPECT_EQ(parseDate("560101", DateKind::Expiry, kYear)->year, 2056);
  EXPECT_EQ(parseDate("570101", DateKind::Expiry, kYear)->year, 1957);
  EXPECT_EQ(parseDate("000229", DateKind::Birth, kYear)->iso(), "2000-02-29");
  EXPECT_FALSE(parseDate("010229", DateKind::Birth, kYear)) << "2001 was no leap year";
  EXPECT_EQ(parseDate("64<<<<", DateKind::Birth, kYear)->iso(), "1964-XX-XX");
  EXPECT_FALSE(parseDate("64<<<<", DateKind::Expiry, kYear)) << "an expiry date is always complete";
}

// TD1 numbers longer than nine characters continue in the optional field (ICAO 9303-5 §4.2.2). No public
// specimen has one; this MRZ is built here with computed check digits.
TEST(MrzParser, LongTd1DocumentNumberIsJoined) {
  const std::string number = "D23145890AB";
  std::string line1 = "I<UTO" + number.substr(0, 9) + "<" + number.substr(9) + digit(number);
  line1 += std::string(30 - line1.size(), '<');
  std::string line2 = "740812" + digit("740812") + "F" + "120415" + digit("120415") + "UTO" + std::string(11, '<');
  line2 += digit(line1.substr(5, 25) + line2.substr(0, 7) + line2.substr(8, 7) + line2.substr(18, 11));
  auto document = parseLines({line1, line2, "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"});
  ASSERT_TRUE(document) << document.error().message;
  EXPECT_EQ(document->documentNumber, number);
  EXPECT_TRUE(document->valid());
}

// The German electronic residence permit (eAT): TD1 with code "AR". No official textual specimen exists;
// this one is synthetic, with computed check digits.
TEST(MrzParser, SyntheticGermanResidencePermit) {
  std::string line1 = "ARD<<Y00X4Z7T3" + digit("Y00X4Z7T3") + std::string(15, '<');
  std::string line2 = "900704" + digit("900704") + "M" + "310228" + digit("310228") + "SYR" + std::string(11, '<');
  line2 += digit(line1.substr(5, 25) + line2.substr(0, 7) + line2.substr(8, 7) + line2.substr(18, 11));
  auto document = parseLines({line1, line2, "AL<HASSAN<<MOHAMMAD<<<<<<<<<<<"});
  ASSERT_TRUE(document) << document.error().message;
  EXPECT_TRUE(document->valid());
  EXPECT_EQ(document->documentCode, "AR");
  EXPECT_EQ(document->nationality, "SYR");
  EXPECT_EQ(document->primaryIdentifier, "AL HASSAN");
  EXPECT_EQ(document->expiryDate->iso(), "2031-02-28");
}

TEST(MrzParser, WipeLeavesNothingBehind) {
  auto document = parse("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10", kYear);
  ASSERT_TRUE(document);
  document->wipe();
  EXPECT_TRUE(document->primaryIdentifier.empty());
  EXPECT_TRUE(document->lines.empty());
  EXPECT_FALSE(document->birthDate);
  EXPECT_TRUE(document->checks.empty());
}

}  // namespace
}  // namespace foyer::document::mrz
