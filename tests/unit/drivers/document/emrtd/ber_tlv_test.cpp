#include "drivers/document/emrtd/ber_tlv.hpp"

#include <gtest/gtest.h>

namespace foyer::document::emrtd {
namespace {

TEST(BerTlv, ReadsTheEfComOfAppendixD) {
  const Bytes com = fromHex("60145F0104303130365F36063034303030305C026175");
  const auto outer = readTlv(view(com));
  ASSERT_TRUE(outer);
  EXPECT_EQ(outer->tag, 0x60u);
  EXPECT_TRUE(outer->constructed());
  EXPECT_EQ(outer->size, com.size());
  const auto tagList = findTlv(outer->value, 0x5C);
  ASSERT_TRUE(tagList);
  EXPECT_EQ(toHex(tagList->value), "6175");
  EXPECT_EQ(findTlv(outer->value, 0x5F01)->value.size(), 4u);
}

TEST(BerTlv, ReadsLongLengthsAndMultiByteTags) {
  Bytes value(300, 0xAB);
  const Bytes object = encodeTlv(0x7F61, view(value));
  EXPECT_EQ(toHex(ByteView(object).first(5)), "7F6182012C");
  const auto parsed = readTlv(view(object));
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->tag, 0x7F61u);
  EXPECT_EQ(parsed->value.size(), 300u);
  EXPECT_EQ(tlvTotalSize(ByteView(object).first(4)), std::nullopt);
  EXPECT_EQ(tlvTotalSize(ByteView(object).first(5)), 305u);
}

TEST(BerTlv, TruncatedOrMalformedObjectsAreErrorsNotReadsPastTheEnd) {
  EXPECT_FALSE(readTlv(view(fromHex(""))));
  EXPECT_FALSE(readTlv(view(fromHex("5F"))));
  EXPECT_FALSE(readTlv(view(fromHex("5F1F"))));
  EXPECT_FALSE(readTlv(view(fromHex("6105AABB"))));
  EXPECT_FALSE(readTlv(view(fromHex("6182FF"))));
  EXPECT_FALSE(readTlv(view(fromHex("6180"))));          // indefinite length
  EXPECT_FALSE(readTlv(view(fromHex("618401000000"))));  // four length bytes
  EXPECT_FALSE(readTlv(view(fromHex("5FFFFFFF0100"))));  // four tag bytes
  EXPECT_FALSE(readTlvList(view(fromHex("0101AA02"))));
}

}  // namespace
}  // namespace foyer::document::emrtd
