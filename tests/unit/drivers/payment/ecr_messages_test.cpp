#include "drivers/payment/protocol/ecr_messages.hpp"

#include <gtest/gtest.h>

#include "drivers/payment/protocol/bcd.hpp"
#include "drivers/payment/protocol/commands.hpp"
#include "tests/unit/drivers/payment/zvt_test_support.hpp"

namespace foyer::payment::zvt {
namespace {

using testing::apdu;

template <typename T>
T decodeAs(const Apdu& message) {
  auto decoded = decodeEcrMessage(message);
  if (!decoded) ADD_FAILURE() << "decode failed at " << decoded.error().offset << ": " << decoded.error().message;
  if (!decoded || !std::holds_alternative<T>(*decoded)) {
    ADD_FAILURE() << "wrong message kind for " << toHex(encodeApdu(message));
    return T{};
  }
  return std::get<T>(*decoded);
}

TEST(ZvtEcrMessages, RegistrationVectors) {
  // [M]
  const auto m = decodeAs<RegistrationCommand>(apdu("06 00 0E 12 34 56 BE 09 78 06 06 26 04 0A 02 06 D3"));
  EXPECT_EQ(m.password, 123456u);
  EXPECT_EQ(m.config, 0xBE);
  EXPECT_EQ(m.currency, 978u);
  ASSERT_TRUE(m.tlv);
  EXPECT_EQ(findTlv(*m.tlv, tlv_tag::kPermittedCommands)->children[0].value, (Bytes{0x06, 0xD3}));
  // [E] password 987654, config 41, nothing else.
  const auto e = decodeAs<RegistrationCommand>(apdu("06 00 04 98 76 54 41"));
  EXPECT_EQ(e.password, 987654u);
  EXPECT_EQ(e.config, 0x41);
  EXPECT_FALSE(e.currency);
  EXPECT_FALSE(e.tlv);
  // [S] with 1F73.
  const auto s = decodeAs<RegistrationCommand>(apdu("06 00 14 00 00 00 9E 09 78 06 0C 26 04 0A 02 06 D3 1F 73 03 00 00 00"));
  EXPECT_NE(findTlv(*s.tlv, tlv_tag::kMessageSequenceId), nullptr);
  // An empty container still activates TLV.
  const auto empty = decodeAs<RegistrationCommand>(apdu("06 00 08 12 34 56 BE 09 78 06 00"));
  ASSERT_TRUE(empty.tlv);
  EXPECT_TRUE(empty.tlv->empty());
}

TEST(ZvtEcrMessages, CommandsTheKioskSends) {
  const auto c = decodeAs<AuthorizationCommand>(apdu("06 01 0C 04 00 00 00 00 12 50 49 09 78 19 40"));
  EXPECT_EQ(c.amountCents, 1250u);
  EXPECT_EQ(c.currency, 978u);
  EXPECT_EQ(c.paymentType, 0x40);
  EXPECT_EQ(decodeAs<AuthorizationCommand>(apdu("06 01 07 04 00 00 00 00 10 00")).amountCents, 1000u);  // [P]
  const auto reversal = decodeAs<ReversalCommand>(apdu("06 30 06 12 34 56 87 00 42"));
  EXPECT_EQ(reversal.password, 123456u);
  EXPECT_EQ(reversal.receiptNumber, 42u);
  EXPECT_EQ(decodeAs<RefundCommand>(apdu("06 31 0A 12 34 56 04 00 00 00 00 05 00")).amountCents, 500u);
  EXPECT_EQ(decodeAs<EndOfDayCommand>(apdu("06 50 03 12 34 56")).password, 123456u);
  EXPECT_EQ(decodeAs<StatusEnquiryCommand>(apdu("05 01 03 12 34 56")).password, 123456u);
  EXPECT_FALSE(decodeAs<StatusEnquiryCommand>(apdu("05 01 00")).password);
  const auto repeat = decodeAs<RepeatReceiptCommand>(apdu("06 20 05 12 34 56 03 01"));
  EXPECT_TRUE(repeat.statusInformationWanted());
  EXPECT_FALSE(repeat.printSuppressed());
  EXPECT_TRUE(decodeAs<RepeatReceiptCommand>(repeatReceipt(1, true)).printSuppressed());
  (void)decodeAs<AbortCommand>(apdu("06 B0 00"));
  (void)decodeAs<LogOffCommand>(apdu("06 02 00"));
  (void)decodeAs<DiagnosisCommand>(apdu("06 70 00"));
  (void)decodeAs<EcrAck>(apdu("80 00 00"));
  EXPECT_EQ(decodeAs<EcrNak>(apdu("84 9C 00")).code, 0x9C);
  EXPECT_EQ(decodeAs<UnknownCommand>(apdu("06 93 00")).apdu.command(), 0x0693);
}

TEST(ZvtEcrMessages, BuildersAndDecoderAgree) {
  RegistrationRequest request;
  request.password = 654321;
  request.printerColumns = 42;
  const auto decoded = decodeAs<RegistrationCommand>(registration(request));
  EXPECT_EQ(decoded.password, 654321u);
  EXPECT_EQ(findTlv(*decoded.tlv, tlv_tag::kPrinterColumns)->value, Bytes{0x42});
  EXPECT_EQ(decodeAs<ReversalCommand>(reversal(123456, 9999)).receiptNumber, 9999u);
  EXPECT_EQ(decodeAs<AuthorizationCommand>(authorization(kMaxAmountCents)).amountCents, kMaxAmountCents);
}

TEST(ZvtEcrMessages, MalformedCommandsAreErrors) {
  const auto shortPassword = decodeEcrMessage(apdu("06 50 02 12 34"));
  ASSERT_FALSE(shortPassword);
  EXPECT_EQ(shortPassword.error().offset, 5u);
  EXPECT_FALSE(decodeEcrMessage(apdu("06 50 03 12 3A 56")));        // password not BCD
  EXPECT_FALSE(decodeEcrMessage(apdu("06 00 05 12 34 56 BE 09")));  // currency cut
  const auto unknownBmp = decodeEcrMessage(apdu("06 01 02 5F 00"));
  ASSERT_FALSE(unknownBmp);
  EXPECT_EQ(unknownBmp.error().offset, 3u);
  EXPECT_FALSE(decodeEcrMessage(apdu("06 01 07 04 00 00 00 00 1A 00")));
}

}  // namespace
}  // namespace foyer::payment::zvt
