#include "drivers/payment/protocol/apdu.hpp"

#include <gtest/gtest.h>

#include "tests/unit/drivers/payment/zvt_test_support.hpp"

namespace foyer::payment::zvt {
namespace {

using testing::hex;

TEST(ZvtApdu, ShortAndExtendedLengths) {
  EXPECT_EQ(toHex(encodeApdu(Apdu{0x80, 0x00, {}})), "80 00 00");
  EXPECT_EQ(encodeApdu(Apdu{0x04, 0x0F, Bytes(254, 0)}).size(), 3u + 254u);
  const Bytes extended = encodeApdu(Apdu{0x04, 0x0F, Bytes(256, 0xAA)});
  // L1 [P]: FF lo hi, little endian: 256 → FF 00 01.
  EXPECT_EQ(toHex(ByteView(extended).first(5)), "04 0F FF 00 01");
  EXPECT_EQ(encodeApdu(Apdu{0x04, 0x0F, Bytes(255, 0)})[2], 0xFF);
  EXPECT_THROW((void)encodeApdu(Apdu{0x06, 0xD3, Bytes(65536, 0)}), std::length_error);
  EXPECT_EQ((Apdu{0x06, 0x01, {}}.command()), 0x0601);
}

TEST(ZvtApdu, ExtendedLengthVectorsL1) {
  // [P] 04 0F FF 01 00 6C: extended form, one data byte.
  const auto one = decodeApdu(hex("04 0F FF 01 00 6C"));
  ASSERT_TRUE(one);
  EXPECT_EQ(one->command(), 0x040F);
  EXPECT_EQ(one->data, Bytes{0x6C});
  // [P] 04 0F FF 00 01 ...: 256 data bytes.
  Bytes long256 = hex("04 0F FF 00 01");
  long256.resize(5 + 256, 0x27);
  const auto big = decodeApdu(long256);
  ASSERT_TRUE(big);
  EXPECT_EQ(big->data.size(), 256u);
  EXPECT_EQ(apduHeaderSize(*big), 5u);
}

TEST(ZvtApdu, ShortFormAndCorruptVectorsL2) {
  // [P] 04 0F 01 6C is the short form.
  const auto shortForm = decodeApdu(hex("04 0F 01 6C"));
  ASSERT_TRUE(shortForm);
  EXPECT_EQ(shortForm->data, Bytes{0x6C});
  // [P] 04 0F alone and 1E 01 FF are corrupt.
  const auto headerOnly = decodeApdu(hex("04 0F"));
  ASSERT_FALSE(headerOnly);
  EXPECT_EQ(headerOnly.error().offset, 2u);
  const auto cutExtended = decodeApdu(hex("1E 01 FF"));
  ASSERT_FALSE(cutExtended);
  EXPECT_EQ(cutExtended.error().offset, 3u);
  const auto cutData = decodeApdu(hex("06 01 0C 04 00 00"));
  ASSERT_FALSE(cutData);
  EXPECT_NE(cutData.error().message.find("12"), std::string::npos);
  const auto trailing = decodeApdu(hex("80 00 00 80"));
  ASSERT_FALSE(trailing);
  EXPECT_EQ(trailing.error().offset, 3u);
}

TEST(ZvtApdu, StreamReassemblesAnyFragmentation) {
  // Spec §7.1 traffic as the ECR receives it: ack, two intermediate statuses, a completion.
  const Bytes stream = hex("80 00 00 04 FF 01 0A 04 FF 01 0E 06 0F 00");
  for (std::size_t split = 0; split <= stream.size(); ++split) {
    ApduStream apdus;
    std::vector<Apdu> got;
    apdus.feed(ByteView(stream).first(split));
    while (auto next = apdus.next()) got.push_back(*next);
    apdus.feed(ByteView(stream).subspan(split));
    while (auto next = apdus.next()) got.push_back(*next);
    ASSERT_EQ(got.size(), 4u) << "split at " << split;
    EXPECT_EQ(got[0].command(), 0x8000);
    EXPECT_EQ(got[1].data, Bytes({0x0A}));
    EXPECT_EQ(got[2].data, Bytes({0x0E}));
    EXPECT_EQ(got[3].command(), 0x060F);
    EXPECT_EQ(apdus.buffered(), 0u);
  }
}

TEST(ZvtApdu, StreamByteByByteWithExtendedLength) {
  Bytes stream = encodeApdu(Apdu{0x06, 0xD3, Bytes(300, 0x41)});
  const Bytes second = hex("06 0F 00");
  stream.insert(stream.end(), second.begin(), second.end());
  ApduStream apdus;
  std::vector<Apdu> got;
  for (const std::uint8_t byte : stream) {
    apdus.feed(ByteView(&byte, 1));
    while (auto next = apdus.next()) got.push_back(*next);
  }
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].data.size(), 300u);
  EXPECT_EQ(got[1].command(), 0x060F);

  ApduStream partial;
  partial.feed(hex("04 0F FF 00"));
  EXPECT_FALSE(partial.next());
  EXPECT_EQ(partial.buffered(), 4u);
}

}  // namespace
}  // namespace foyer::payment::zvt
