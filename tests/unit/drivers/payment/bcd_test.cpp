#include "drivers/payment/protocol/bcd.hpp"

#include <gtest/gtest.h>

#include "tests/unit/drivers/payment/zvt_test_support.hpp"

namespace foyer::payment::zvt {
namespace {

using testing::hex;

TEST(ZvtBytes, HexIsSpacedUpperCaseAndReadsAnySeparator) {
  EXPECT_EQ(toHex(hex("06010c")), "06 01 0C");
  EXPECT_EQ(toHex(Bytes{}), "");
  EXPECT_EQ(fromHex("06:01 0c\n12\r\n\tAB"), (Bytes{0x06, 0x01, 0x0C, 0x12, 0xAB}));
  EXPECT_EQ(fromHex(""), Bytes{});
  EXPECT_FALSE(fromHex("061"));     // odd digit count
  EXPECT_FALSE(fromHex("0 6"));     // separator inside a byte hides a lost digit
  EXPECT_FALSE(fromHex("06 0G"));
}

TEST(ZvtBcd, AmountsPasswordsAndNumbers) {
  // 12.50 EUR is 00 00 00 00 12 50 (spec §2.1).
  EXPECT_EQ(encodeAmount(1250), hex("00 00 00 00 12 50"));
  EXPECT_EQ(decodeAmount(hex("00 00 00 00 20 40")), 2040u);
  EXPECT_EQ(decodeAmount(hex("99 99 99 99 99 99")), kMaxAmountCents);
  EXPECT_FALSE(decodeAmount(hex("00 00 00 00 12")));     // five bytes
  EXPECT_FALSE(decodeAmount(hex("00 00 00 00 1A 50")));  // not BCD
  EXPECT_EQ(encodePassword(123456), hex("12 34 56"));
  EXPECT_EQ(encodeBcd(42, 2), hex("00 42"));
  EXPECT_EQ(encodeBcd(978, 2), hex("09 78"));
  EXPECT_EQ(encodeBcd(123456, 2), hex("34 56"));  // digits that do not fit are dropped from the left
  EXPECT_TRUE(bcdFits(9999, 2));
  EXPECT_FALSE(bcdFits(10000, 2));
  EXPECT_EQ(decodeBcd(hex("28 00 48 69")), 28004869u);
  EXPECT_EQ(decodeBcd(Bytes{}), 0u);
  EXPECT_FALSE(decodeBcd(hex("F1")));
  EXPECT_FALSE(decodeBcd(hex("99 99 99 99 99 99 99 99 99 99")));  // 20 digits overflow
  EXPECT_EQ(decodeBcd(hex("00 00 00 00 00 00 00 00 00 01")), 1u);
  EXPECT_EQ(bcdDigits(hex("00 42")), "0042");
}

TEST(ZvtBcd, VariableLengthPrefixes) {
  // LLVAR F1 F2 = 12 bytes, LLLVAR F0 F1 F4 = 14 bytes (spec §2.1).
  const Bytes twelve(12, 'x');
  EXPECT_EQ(toHex(encodeLlvar(twelve)).substr(0, 5), "F1 F2");
  EXPECT_EQ(toHex(encodeLllvar(Bytes(14, 'y'))).substr(0, 8), "F0 F1 F4");
  EXPECT_EQ(encodeLlvar(Bytes(150, 1)).size(), 2u + 99u);  // cut at the limit

  const Bytes field = hex("F0 F0 F3 62 6C 61 00");  // from [E] 06 0F 07 F0 F0 F3 62 6C 61 00
  const auto read = readLllvar(field);
  ASSERT_TRUE(read);
  EXPECT_EQ(read->size, 6u);
  EXPECT_EQ(std::string(read->value.begin(), read->value.end()), "bla");

  const auto shortPrefix = readLllvar(hex("F0 F1"));
  ASSERT_FALSE(shortPrefix);
  EXPECT_EQ(shortPrefix.error().offset, 2u);
  const auto badPrefix = readLlvar(hex("F1 2A 00"));
  ASSERT_FALSE(badPrefix);
  EXPECT_EQ(badPrefix.error().offset, 1u);
  const auto overrun = readLlvar(hex("F0 F5 41 42"));
  EXPECT_FALSE(overrun);
}

}  // namespace
}  // namespace foyer::payment::zvt
