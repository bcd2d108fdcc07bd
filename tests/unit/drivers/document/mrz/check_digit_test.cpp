#include "drivers/document/mrz/check_digit.hpp"

#include <gtest/gtest.h>

namespace foyer::document::mrz {
namespace {

// Vectors: ICAO 9303-3 §4.9 examples and the specimens' fields (shared/specs/icao9303.md §1.1).
TEST(CheckDigit, IcaoVectors) {
  EXPECT_EQ(checkDigit("L898902C3"), 6);
  EXPECT_EQ(checkDigit("740812"), 2);
  EXPECT_EQ(checkDigit("120415"), 9);
  EXPECT_EQ(checkDigit("D23145890"), 7);
  EXPECT_EQ(checkDigit("L898902C<"), 3);
  EXPECT_EQ(checkDigit("690806"), 1);
  EXPECT_EQ(checkDigit("940623"), 6);
  EXPECT_EQ(checkDigit("ZE184226B<<<<<"), 1);
  EXPECT_EQ(checkDigit("T22000129"), 3);
}

TEST(CheckDigit, CharactersOutsideTheAlphabetHaveNoCheckDigit) {
  EXPECT_FALSE(checkDigit("L8989O2c3"));
  EXPECT_FALSE(checkDigit("12 345"));
  EXPECT_EQ(checkDigit(""), 0);
  EXPECT_EQ(digitValue('<'), 0);
  EXPECT_FALSE(digitValue('O'));
}

}  // namespace
}  // namespace foyer::document::mrz
