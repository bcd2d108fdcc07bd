#include "drivers/payment/protocol/tlv.hpp"

#include <gtest/gtest.h>

#include "tests/unit/drivers/payment/zvt_test_support.hpp"

namespace foyer::payment::zvt {
namespace {

using testing::hex;

TEST(ZvtTlv, ReadsTheRegistrationContainerM) {
  // [M] TLV of the registration: 26 { 0A 06 D3 } (list of permitted commands: print text block).
  const auto objects = decodeTlvObjects(hex("26 04 0A 02 06 D3"));
  ASSERT_TRUE(objects);
  ASSERT_EQ(objects->size(), 1u);
  const TlvObject& list = (*objects)[0];
  EXPECT_EQ(list.tag, 0x26u);
  EXPECT_TRUE(list.constructed());
  ASSERT_EQ(list.children.size(), 1u);
  EXPECT_EQ(list.children[0].tag, 0x0Au);
  EXPECT_EQ(list.children[0].value, hex("06 D3"));
  EXPECT_EQ(toHex(tlvContainer(*objects)), "06 06 26 04 0A 02 06 D3");
}

TEST(ZvtTlv, MultiByteTagsAndLongLengths) {
  // 1F 07 (two bytes), 1F 80 00 (three: 80 says another byte follows), 81 and 82 lengths.
  Bytes bytes = hex("1F 07 01 02  1F 80 00 00  07 81 80");
  bytes.resize(bytes.size() + 0x80, 'a');
  const Bytes big = hex("07 82 01 2C");
  bytes.insert(bytes.end(), big.begin(), big.end());
  bytes.resize(bytes.size() + 300, 'b');
  const auto objects = decodeTlvObjects(bytes);
  ASSERT_TRUE(objects) << objects.error().message;
  ASSERT_EQ(objects->size(), 4u);
  EXPECT_EQ((*objects)[0].tag, 0x1F07u);
  EXPECT_EQ((*objects)[0].value, Bytes{0x02});
  EXPECT_EQ((*objects)[1].tag, 0x1F8000u);
  EXPECT_TRUE((*objects)[1].value.empty());
  EXPECT_EQ((*objects)[2].value.size(), 0x80u);
  EXPECT_EQ((*objects)[3].value.size(), 300u);
  EXPECT_EQ(encodeTlvObjects(*objects), bytes);
  EXPECT_EQ(encodeBerLength(0x7F), hex("7F"));
  EXPECT_EQ(encodeBerLength(0x80), hex("81 80"));
  EXPECT_EQ(encodeBerLength(0x100), hex("82 01 00"));
}

TEST(ZvtTlv, UnknownTagsAreKeptForTheReaderToSkip) {
  // Display texts 24 { 07 "Hallo" } between tags ZVT does not define: 5F 19 and DF 01.
  const auto objects = decodeTlvObjects(hex("5F 19 01 01 24 07 07 05 48 61 6C 6C 6F DF 01 00"));
  ASSERT_TRUE(objects);
  ASSERT_EQ(objects->size(), 3u);
  const TlvObject* texts = findTlv(*objects, tlv_tag::kDisplayTexts);
  ASSERT_NE(texts, nullptr);
  EXPECT_EQ(findTlvDeep(*objects, tlv_tag::kTextLine)->value.size(), 5u);
  EXPECT_EQ(findTlv(*objects, 0x07), nullptr);  // not at the top level
}

TEST(ZvtTlv, MalformedContainersAreErrorsWithOffsets) {
  const auto indefinite = decodeTlvObjects(hex("07 80 00"));
  ASSERT_FALSE(indefinite);
  EXPECT_EQ(indefinite.error().offset, 1u);
  const auto threeLengthBytes = decodeTlvObjects(hex("07 83 00 00 01 41"));
  ASSERT_FALSE(threeLengthBytes);
  EXPECT_EQ(threeLengthBytes.error().offset, 1u);
  const auto overrun = decodeTlvObjects(hex("07 01 41 08 05 41"));
  ASSERT_FALSE(overrun);
  EXPECT_EQ(overrun.error().offset, 5u);
  const auto cutTag = decodeTlvObjects(hex("07 00 1F"));
  ASSERT_FALSE(cutTag);
  EXPECT_EQ(cutTag.error().offset, 3u);
  EXPECT_FALSE(decodeTlvObjects(hex("1F 81 81 81 81 01 00")));  // five tag bytes
  // The error inside a constructed object points into the whole buffer.
  const auto inner = decodeTlvObjects(hex("25 03 07 05 41"));
  ASSERT_FALSE(inner);
  EXPECT_EQ(inner.error().offset, 4u);
  // Nesting is bounded.
  Bytes deep;
  for (int i = 0; i < 40; ++i) deep.insert(deep.begin(), {0x25, static_cast<std::uint8_t>(deep.size())});
  EXPECT_FALSE(decodeTlvObjects(deep));
}

}  // namespace
}  // namespace foyer::payment::zvt
