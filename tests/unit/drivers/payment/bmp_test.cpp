#include "drivers/payment/protocol/bmp.hpp"

#include <gtest/gtest.h>

#include "tests/unit/drivers/payment/zvt_test_support.hpp"

namespace foyer::payment::zvt {
namespace {

using testing::hex;

TEST(ZvtBmp, WalksFixedVariableAndTlvFields) {
  // The data block of the [P] decline: 27 05, 29 TID, 3C LLLVAR "Abgelehnt", 8A 06, 06 TLV.
  const auto bmps = decodeBmps(hex("27 05 29 29 00 02 74 3C F0 F0 F9 41 62 67 65 6C 65 68 6E 74 8A 06 "
                                   "06 0D 24 0B 07 09 41 62 67 65 6C 65 68 6E 74"));
  ASSERT_TRUE(bmps) << bmps.error().message;
  ASSERT_EQ(bmps->size(), 5u);
  EXPECT_EQ((*bmps)[0], (Bmp{0x27, {0x05}}));
  EXPECT_EQ((*bmps)[1].value, hex("29 00 02 74"));
  EXPECT_EQ(std::string((*bmps)[2].value.begin(), (*bmps)[2].value.end()), "Abgelehnt");
  EXPECT_EQ((*bmps)[3].value, Bytes{0x06});
  EXPECT_EQ((*bmps)[4].tag, bmp_tag::kTlv);
  EXPECT_EQ((*bmps)[4].value.size(), 13u);
}

TEST(ZvtBmp, TheTableKnowsEveryFixedLength) {
  EXPECT_EQ(bmpFormat(0x04)->length, 6u);
  EXPECT_EQ(bmpFormat(0x2A)->length, 15u);
  EXPECT_EQ(bmpFormat(0x3B)->length, 8u);
  EXPECT_EQ(bmpFormat(0xBA)->length, 5u);
  EXPECT_EQ(bmpFormat(0xAA)->length, 3u);
  EXPECT_EQ(bmpFormat(0xF0)->length, 1u);
  EXPECT_EQ(bmpFormat(0xF5)->kind, BmpFormat::Kind::Llvar);
  EXPECT_EQ(bmpFormat(0x60)->kind, BmpFormat::Kind::Lllvar);
  EXPECT_EQ(bmpFormat(0x06)->kind, BmpFormat::Kind::Tlv);
  EXPECT_FALSE(bmpFormat(0x5F));
}

TEST(ZvtBmp, UnknownOrCutFieldsAreErrorsAtTheirOffset) {
  const auto unknown = decodeBmps(hex("27 00 5F 01"));
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().offset, 2u);
  EXPECT_NE(unknown.error().message.find("5F"), std::string::npos);
  const auto cutFixed = decodeBmps(hex("27 00 04 00 00 12"));
  ASSERT_FALSE(cutFixed);
  EXPECT_EQ(cutFixed.error().offset, 2u);
  const auto badPrefix = decodeBmps(hex("8B F1 27 41"));
  ASSERT_FALSE(badPrefix);
  EXPECT_EQ(badPrefix.error().offset, 2u);
  const auto cutTlv = decodeBmps(hex("06 05 07 01"));
  ASSERT_FALSE(cutTlv);
  const auto badBer = decodeBmps(hex("06 80"));
  ASSERT_FALSE(badBer);
  EXPECT_EQ(badBer.error().offset, 1u);
}

TEST(ZvtBmp, EncodesWithTheTableFormat) {
  EXPECT_EQ(toHex(encodeBmps({{0x04, hex("00 00 00 00 12 50")}, {0x49, hex("09 78")}, {0x19, {0x40}}})),
            "04 00 00 00 00 12 50 49 09 78 19 40");
  EXPECT_EQ(toHex(encodeBmp({0x3C, hex("41 42")})), "3C F0 F0 F2 41 42");
  EXPECT_EQ(toHex(encodeBmp({0x06, hex("26 04 0A 02 06 D3")})), "06 06 26 04 0A 02 06 D3");
  EXPECT_THROW((void)encodeBmp({0x04, hex("12 50")}), std::invalid_argument);
  EXPECT_THROW((void)encodeBmp({0x5F, {}}), std::invalid_argument);
}

}  // namespace
}  // namespace foyer::payment::zvt
