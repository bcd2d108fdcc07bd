#include "drivers/payment/protocol/apdu_description.hpp"

#include <gtest/gtest.h>

#include "drivers/payment/protocol/serial_frame.hpp"
#include "tests/unit/drivers/payment/zvt_test_support.hpp"

namespace foyer::payment::zvt {
namespace {

using testing::hex;
using testing::vectorFile;

std::string fieldOf(const ApduDescription& entry, std::string_view name) {
  for (const auto& field : entry.fields) {
    if (field.name == name) return field.value;
  }
  return "<missing " + std::string(name) + ">";
}

TEST(ZvtApduDescription, APaymentTraceBothDirections) {
  // §7.1: authorisation, ack, intermediate statuses with their acks, the [P] status information, completion.
  Bytes trace = hex("06 01 0C 04 00 00 00 00 12 50 49 09 78 19 40  80 00 00  04 FF 01 0A  80 00 00");
  const Bytes info = vectorFile("status_info_approved_p.hex");
  trace.insert(trace.end(), info.begin(), info.end());
  const Bytes tail = hex("80 00 00  06 0F 00  80 00 00");
  trace.insert(trace.end(), tail.begin(), tail.end());

  const auto entries = describeTrace(trace);
  ASSERT_EQ(entries.size(), 8u);
  EXPECT_EQ(entries[0].sender, "ECR");
  EXPECT_EQ(entries[0].command, "06 01");
  EXPECT_EQ(entries[0].name, "Authorization");
  EXPECT_EQ(fieldOf(entries[0], "amount"), "12.50 EUR");
  EXPECT_EQ(entries[1].sender, "PT");  // the PT's 80 00 00 to the command
  EXPECT_EQ(entries[2].sender, "PT");
  EXPECT_EQ(fieldOf(entries[2], "status"), "0A insert card");
  EXPECT_EQ(entries[3].sender, "ECR");  // the ECR's ack of the intermediate status
  EXPECT_EQ(entries[4].name, "Status Information");
  EXPECT_EQ(fieldOf(entries[4], "amount"), "20.40 EUR");
  EXPECT_EQ(fieldOf(entries[4], "receipt number"), "470");
  EXPECT_EQ(fieldOf(entries[4], "trace number"), "470");
  EXPECT_EQ(fieldOf(entries[4], "PAN"), "************4771");
  EXPECT_EQ(fieldOf(entries[4], "card name"), "Debit Mastercard");
  EXPECT_EQ(fieldOf(entries[4], "card type"), "2E Maestro");
  EXPECT_EQ(fieldOf(entries[4], "terminal ID"), "28004869");
  EXPECT_EQ(fieldOf(entries[4], "result"), "00 no error");
  EXPECT_EQ(entries[5].sender, "ECR");
  EXPECT_EQ(entries[6].name, "Completion");
  EXPECT_EQ(entries[7].sender, "ECR");
  for (const auto& entry : entries) EXPECT_FALSE(entry.error) << entry.name << ": " << *entry.error;
}

TEST(ZvtApduDescription, PasswordsAreNeverShown) {
  const auto entries = describeTrace(hex("06 00 0E 12 34 56 BE 09 78 06 06 26 04 0A 02 06 D3"));
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(fieldOf(entries[0], "password"), "(not shown)");
  for (const auto& field : entries[0].fields) EXPECT_EQ(field.value.find("123456"), std::string::npos);
  EXPECT_NE(fieldOf(entries[0], "config").find("BE"), std::string::npos);
  EXPECT_EQ(fieldOf(entries[0], "currency"), "978 EUR");
}

TEST(ZvtApduDescription, StatusEnquiryCompletionIsReadInItsLayout) {
  const auto entries = describeTrace(hex("05 01 03 12 34 56  80 00 00  06 0F 01 DC  80 00 00"));
  ASSERT_EQ(entries.size(), 4u);
  EXPECT_EQ(entries[0].name, "Status Enquiry");
  EXPECT_EQ(fieldOf(entries[2], "terminal status"), "DC card inserted");
}

TEST(ZvtApduDescription, SerialFramesAndLinkBytes) {
  Bytes trace = frameSerial(hex("06 01 0C 04 00 00 00 00 12 50 49 09 78 19 40"));
  trace.push_back(kAck);
  const Bytes answer = frameSerial(hex("80 00 00"));
  trace.insert(trace.end(), answer.begin(), answer.end());
  trace.push_back(kAck);
  const Bytes s1 = hex("10 02 06 0F 0B F0 F0 F7 32 2E 31 34 2E 31 35 00 10 03 B1 12");  // S1 with a wrong CRC
  trace.insert(trace.end(), s1.begin(), s1.end());
  trace.push_back(kNak);
  const auto entries = describeTrace(trace);
  ASSERT_EQ(entries.size(), 6u);
  EXPECT_EQ(entries[0].name, "Authorization");
  EXPECT_EQ(fieldOf(entries[0], "link"), "serial frame, CRC ok");
  EXPECT_EQ(entries[1].name, "ACK (serial link)");
  EXPECT_EQ(entries[1].sender, "PT");
  EXPECT_EQ(entries[2].sender, "PT");
  EXPECT_EQ(entries[3].sender, "ECR");
  EXPECT_EQ(fieldOf(entries[4], "link"), "serial frame, CRC WRONG");
  EXPECT_EQ(fieldOf(entries[4], "software version"), "2.14.15");
  EXPECT_EQ(entries[5].name, "NAK (serial link)");
}

TEST(ZvtApduDescription, TruncatedAndMalformedInputIsAnEntryWithAnError) {
  const auto cut = describeTrace(hex("80 00 00 04 0F 77 27 00"));
  ASSERT_EQ(cut.size(), 2u);
  EXPECT_FALSE(cut[0].error);
  ASSERT_TRUE(cut[1].error);
  EXPECT_EQ(cut[1].command, "04 0F");
  EXPECT_EQ(cut[1].name, "Status Information");
  EXPECT_NE(cut[1].error->find("cut off"), std::string::npos);

  const auto malformed = describeTrace(hex("04 0F 04 27 00 5F 00"));
  ASSERT_EQ(malformed.size(), 1u);
  ASSERT_TRUE(malformed[0].error);
  EXPECT_NE(malformed[0].error->find("5F"), std::string::npos);

  EXPECT_EQ(describeTrace(hex("06")).size(), 1u);  // a lone ACK byte
  EXPECT_TRUE(describeTrace(Bytes{}).empty());
  const auto brokenFrame = describeTrace(hex("10 02 06 01 10 41 00 00"));
  ASSERT_EQ(brokenFrame.size(), 1u);
  EXPECT_TRUE(brokenFrame[0].error);
  const auto cutFrame = describeTrace(hex("10 02 06 01 03"));
  ASSERT_EQ(cutFrame.size(), 1u);
  EXPECT_TRUE(cutFrame[0].error);
}

TEST(ZvtApduDescription, Amounts) {
  EXPECT_EQ(formatAmount(1250, 978), "12.50 EUR");
  EXPECT_EQ(formatAmount(5, std::nullopt), "0.05 EUR");
  EXPECT_EQ(formatAmount(100000, 756), "1000.00 CHF");
  EXPECT_EQ(formatAmount(1, 1), "0.01 (currency 1)");
}

}  // namespace
}  // namespace foyer::payment::zvt
