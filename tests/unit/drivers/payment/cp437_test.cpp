#include "drivers/payment/protocol/cp437.hpp"

#include <gtest/gtest.h>

#include "tests/unit/drivers/payment/zvt_test_support.hpp"

namespace foyer::payment::zvt {
namespace {

using testing::hex;

TEST(ZvtCp437, CharsetVectorE) {
  // [E] 06 D1 text bytes: "Test ä ö ü ß" in CP437.
  EXPECT_EQ(cp437ToUtf8(hex("54 65 73 74 20 84 20 94 20 81 20 E1")), "Test ä ö ü ß");
  EXPECT_EQ(utf8ToCp437("Test ä ö ü ß"), hex("54 65 73 74 20 84 20 94 20 81 20 E1"));
}

TEST(ZvtCp437, FullTableRoundTrips) {
  for (int byte = 0; byte < 256; ++byte) {
    const Bytes one{static_cast<std::uint8_t>(byte)};
    EXPECT_EQ(utf8ToCp437(cp437ToUtf8(one)), one) << byte;
  }
  EXPECT_EQ(cp437ToUtf8(hex("8E 99 9A")), "ÄÖÜ");
  EXPECT_EQ(cp437ToUtf8(hex("9C C9 CD BB FB FF")), "£╔═╗√\u00A0");
}

TEST(ZvtCp437, WhatCp437LacksBecomesQuestionMark) {
  EXPECT_EQ(utf8ToCp437("12,50 €"), hex("31 32 2C 35 30 20 3F"));
  EXPECT_EQ(utf8ToCp437("\xC3"), hex("3F"));      // cut-off UTF-8
  EXPECT_EQ(utf8ToCp437("\xC0\x80"), hex("3F 3F"));  // overlong NUL
}

TEST(ZvtCp437, IsoCharsetsOfVendorTerminals) {
  EXPECT_EQ(latin1ToUtf8(hex("E4 F6 FC DF A4")), "äöüß¤");
  EXPECT_EQ(latin9ToUtf8(hex("E4 A4")), "ä€");
  EXPECT_EQ(utf8ToText("ä€", TextCharset::Latin9), hex("E4 A4"));
  EXPECT_EQ(utf8ToText("ä", TextCharset::Latin1), hex("E4"));
  EXPECT_EQ(textToUtf8(hex("C3 A4 FF"), TextCharset::Utf8), "ä?");
  EXPECT_EQ(charsetFromCode(0x01), TextCharset::Latin1);
  EXPECT_EQ(charsetFromCode(0x0F), TextCharset::Latin9);
  EXPECT_EQ(charsetFromCode(0xFE), TextCharset::Utf8);
  EXPECT_EQ(charsetFromCode(0xFF), TextCharset::Cp437);
  EXPECT_FALSE(charsetFromCode(0x42));
}

}  // namespace
}  // namespace foyer::payment::zvt
