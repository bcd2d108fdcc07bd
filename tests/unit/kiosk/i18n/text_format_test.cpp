#include "kiosk/i18n/text_format.hpp"

#include <gtest/gtest.h>

namespace foyer::i18n {
namespace {

LanguageInfo german() {
  return {.code = "de", .ownName = "Deutsch", .englishName = "German", .direction = Direction::LeftToRight,
          .decimalSeparator = ",", .groupSeparator = ".", .currencyPattern = "{amount} {currency}"};
}

LanguageInfo english() {
  return {.code = "en", .ownName = "English", .englishName = "English", .direction = Direction::LeftToRight,
          .decimalSeparator = ".", .groupSeparator = ",", .currencyPattern = "{currency}{amount}"};
}

TEST(TextFormat, AmountsFollowTheLanguage) {
  EXPECT_EQ(formatAmount(10000, "EUR", german()), "100,00 €");
  EXPECT_EQ(formatAmount(10000, "EUR", english()), "€100.00");
  EXPECT_EQ(formatAmount(123456789, "EUR", german()), "1.234.567,89 €");
  EXPECT_EQ(formatAmount(5, "EUR", english()), "€0.05");
  EXPECT_EQ(formatAmount(-250, "EUR", german()), "-2,50 €");
  EXPECT_EQ(formatAmount(100, "CHF", german()), "1,00 CHF");
}

TEST(TextFormat, FillInReplacesKnownPlaceholdersAndShowsUnknownOnes) {
  EXPECT_EQ(fillIn("Step {step} of {total}", {{"step", "2"}, {"total", "3"}}), "Step 2 of 3");
  EXPECT_EQ(fillIn("{a}{a}", {{"a", "x"}}), "xx");
  EXPECT_EQ(fillIn("ends in {secnds} s", {{"seconds", "5"}}), "ends in {secnds} s");
  EXPECT_EQ(fillIn("open { brace", {{"x", "y"}}), "open { brace");
}

}  // namespace
}  // namespace foyer::i18n
