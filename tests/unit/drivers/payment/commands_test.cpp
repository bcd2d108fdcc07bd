#include "drivers/payment/protocol/commands.hpp"

#include <gtest/gtest.h>

#include "tests/unit/drivers/payment/zvt_test_support.hpp"

namespace foyer::payment::zvt {
namespace {

std::string encoded(const Apdu& apdu) { return toHex(encodeApdu(apdu)); }

RegistrationRequest request(std::uint32_t password) {
  RegistrationRequest request;
  request.password = password;
  return request;
}

TEST(ZvtCommands, RegistrationVectors) {
  // [M] pw 123456, config BE, EUR, TLV permitting 06 D3.
  EXPECT_EQ(encoded(registration(request(123456))), "06 00 0E 12 34 56 BE 09 78 06 06 26 04 0A 02 06 D3");
  // S4 [C]: without TLV.
  RegistrationRequest plain = request(123456);
  plain.textBlocks = false;
  EXPECT_EQ(encoded(registration(plain)), "06 00 06 12 34 56 BE 09 78");
  // [M] keypad-allowed variant uses config 8E.
  RegistrationRequest keypad = request(123456);
  keypad.config = 0x8E;
  EXPECT_EQ(encoded(registration(keypad)), "06 00 0E 12 34 56 8E 09 78 06 06 26 04 0A 02 06 D3");
  // 42 printer columns: TLV 12 01 42 (BCD).
  RegistrationRequest columns = request(123456);
  columns.printerColumns = 42;
  EXPECT_EQ(encoded(registration(columns)), "06 00 11 12 34 56 BE 09 78 06 09 26 04 0A 02 06 D3 12 01 42");
}

TEST(ZvtCommands, RegistrationWithMessageSequenceIdS) {
  // [S] password 000000, config 9E, 06 D3 permitted and 1F73 opt-in.
  RegistrationRequest withSeq = request(0);
  withSeq.config = 0x9E;
  withSeq.extraTlv.push_back(tlvPrimitive(tlv_tag::kMessageSequenceId, {0x00, 0x00, 0x00}));
  EXPECT_EQ(encoded(registration(withSeq)), "06 00 14 00 00 00 9E 09 78 06 0C 26 04 0A 02 06 D3 1F 73 03 00 00 00");
}

TEST(ZvtCommands, AuthorizationVectors) {
  // [C] 12.50 EUR, PT decides.
  EXPECT_EQ(encoded(authorization(1250)), "06 01 0C 04 00 00 00 00 12 50 49 09 78 19 40");
  // [P] 10.00 without currency or payment type.
  EXPECT_EQ(encoded(authorization(AuthorizationRequest{1000, std::nullopt, std::nullopt, {}})),
            "06 01 07 04 00 00 00 00 10 00");
  // [S] 1.00 EUR, payment type 44 (PT decides, printer ready), message sequence id 1. The vector as printed
  // in zvt.md has length 0C, which counts only the BMPs before the TLV; its data block is 20 bytes (14).
  EXPECT_EQ(encoded(authorization(AuthorizationRequest{
                100, kEuro, 0x44, {tlvPrimitive(tlv_tag::kMessageSequenceId, {0x00, 0x00, 0x01})}})),
            "06 01 14 04 00 00 00 00 01 00 49 09 78 19 44 06 06 1F 73 03 00 00 01");
}

TEST(ZvtCommands, AdministrationVectors) {
  EXPECT_EQ(encoded(reversal(123456, 42)), "06 30 06 12 34 56 87 00 42");            // [C]
  EXPECT_EQ(encoded(refund(123456, 500)), "06 31 0A 12 34 56 04 00 00 00 00 05 00");  // [C]
  EXPECT_EQ(encoded(endOfDay(123456)), "06 50 03 12 34 56");
  EXPECT_EQ(encoded(statusEnquiry(123456)), "05 01 03 12 34 56");
  EXPECT_EQ(encoded(diagnosis()), "06 70 00");
  EXPECT_EQ(encoded(abortRequest()), "06 B0 00");
  EXPECT_EQ(encoded(logOff()), "06 02 00");
  EXPECT_EQ(encoded(repeatReceipt(123456, false)), "06 20 05 12 34 56 03 01");  // [C]
  EXPECT_EQ(encoded(repeatReceipt(123456, true)), "06 20 05 12 34 56 03 03");
}

TEST(ZvtCommands, Answers) {
  EXPECT_EQ(encoded(positiveAck()), "80 00 00");
  EXPECT_EQ(encoded(negativeAck(0xCC)), "84 CC 00");
  // [P] vending answers.
  EXPECT_EQ(encoded(negativeAck(0x9C)), "84 9C 00");
  EXPECT_EQ(encoded(negativeAck(0x66)), "84 66 00");
}

}  // namespace
}  // namespace foyer::payment::zvt
