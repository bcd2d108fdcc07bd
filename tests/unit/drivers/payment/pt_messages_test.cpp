#include "drivers/payment/protocol/pt_messages.hpp"

#include <gtest/gtest.h>

#include "drivers/payment/protocol/codes.hpp"
#include "tests/unit/drivers/payment/zvt_test_support.hpp"

namespace foyer::payment::zvt {
namespace {

using testing::apdu;
using testing::hex;
using testing::vectorFile;

template <typename T>
T decodeAs(const Apdu& message, Awaiting awaiting = Awaiting::Generic, TextCharset charset = TextCharset::Cp437) {
  auto decoded = decodePtMessage(message, awaiting, charset);
  if (!decoded) ADD_FAILURE() << "decode failed at " << decoded.error().offset << ": " << decoded.error().message;
  if (!decoded || !std::holds_alternative<T>(*decoded)) {
    ADD_FAILURE() << "wrong message kind for " << toHex(encodeApdu(message));
    return T{};
  }
  return std::get<T>(*decoded);
}

TEST(ZvtPtMessages, ApprovedStatusInformationP) {
  const auto bytes = vectorFile("status_info_approved_p.hex");
  const auto message = decodeApdu(bytes);
  ASSERT_TRUE(message);
  const auto info = decodeAs<StatusInformation>(*message);
  EXPECT_EQ(info.result, 0x00);
  EXPECT_EQ(info.amountCents, 2040u);
  EXPECT_EQ(info.trace, 470u);
  EXPECT_EQ(info.receiptNumber, 470u);
  EXPECT_EQ(info.turnover, 470u);
  EXPECT_EQ(info.time, "22:39:53");
  EXPECT_EQ(info.date, "10-06");
  EXPECT_EQ(info.expiry, "25-12");
  EXPECT_EQ(info.cardSequenceNumber, 1u);
  EXPECT_EQ(info.paymentType, 0x70);
  EXPECT_EQ(info.maskedPan, "************4771");
  EXPECT_EQ(info.terminalId, 28004869u);
  EXPECT_EQ(info.vuNumber, "100461763");
  EXPECT_EQ(info.aid, "611804");
  EXPECT_EQ(info.additionalText, "GEN.NR.:611804");
  EXPECT_EQ(info.currency, 978u);
  EXPECT_EQ(info.cardType, 0x2E);
  EXPECT_EQ(info.cardName, "Debit Mastercard");
  EXPECT_TRUE(info.tlv.empty());
  EXPECT_FALSE(info.originalTrace);
}

TEST(ZvtPtMessages, ApprovedStatusInformationWithTlvC) {
  const auto message = decodeApdu(vectorFile("status_info_tlv_c.hex"));
  ASSERT_TRUE(message);
  const auto info = decodeAs<StatusInformation>(*message);
  EXPECT_EQ(info.amountCents, 1880u);
  EXPECT_EQ(info.trace, 153u);
  EXPECT_EQ(info.receiptNumber, 153u);
  EXPECT_EQ(info.maskedPan, "***************4281");  // odd digit count, F padding dropped
  EXPECT_EQ(info.cardName, "MAESTRO");
  EXPECT_EQ(info.terminalId, 52500038u);
  const TlvObject* aid = findTlv(info.tlv, tlv_tag::kAid);
  ASSERT_NE(aid, nullptr);
  EXPECT_EQ(toHex(aid->value), "A0 00 00 00 04 30 60");
  const TlvObject* technology = findTlv(info.tlv, tlv_tag::kCardTechnology);
  ASSERT_NE(technology, nullptr);
  EXPECT_EQ(technology->value, Bytes{0x02});  // contactless
  EXPECT_EQ(findTlvDeep(info.tlv, tlv_tag::kTextLine)->value.size(), 14u);
}

TEST(ZvtPtMessages, DeclinedP) {
  const auto info = decodeAs<StatusInformation>(
      apdu("04 0F 25 27 05 29 29 00 02 74 3C F0 F0 F9 41 62 67 65 6C 65 68 6E 74 8A 06 06 0D 24 0B 07 09 41 62 67 65 "
           "6C 65 68 6E 74"));
  EXPECT_EQ(info.result, 0x05);
  EXPECT_EQ(problemOf(info.result), PaymentProblem::Declined);
  EXPECT_EQ(info.additionalText, "Abgelehnt");
  EXPECT_EQ(info.terminalId, 29000274u);
  EXPECT_EQ(info.cardType, 0x06);
  EXPECT_FALSE(info.amountCents);
  const auto abort = decodeAs<AbortMessage>(apdu("06 1E 01 05"));
  EXPECT_EQ(abort.result, 0x05);
}

TEST(ZvtPtMessages, DeclinedB) {
  Bytes data = hex("27 05 29 29 00 10 06 3C F0 F1 F5");
  const std::string text = "Karte abgelehnt";
  data.insert(data.end(), text.begin(), text.end());
  const Bytes tail = hex("8A 0D 06 13 24 11 07 0F");
  data.insert(data.end(), tail.begin(), tail.end());
  data.insert(data.end(), text.begin(), text.end());
  ASSERT_EQ(data.size(), 0x31u);
  const auto info = decodeAs<StatusInformation>(Apdu{0x04, 0x0F, data});
  EXPECT_EQ(info.result, 0x05);
  EXPECT_EQ(info.additionalText, "Karte abgelehnt");
  EXPECT_EQ(info.cardType, 0x0D);
  EXPECT_EQ(info.terminalId, 29001006u);
}

TEST(ZvtPtMessages, CustomerAbortAndSystemError) {
  // [B] 04 0F 07 27 6C 29 29 00 10 06 then 06 1E 01 6C.
  const auto cancelled = decodeAs<StatusInformation>(apdu("04 0F 07 27 6C 29 29 00 10 06"));
  EXPECT_EQ(cancelled.result, kResultAbort);
  EXPECT_EQ(problemOf(cancelled.result), PaymentProblem::Cancelled);
  EXPECT_EQ(decodeAs<AbortMessage>(apdu("06 1E 01 6C")).result, 0x6C);
  // [P] "Abbruch durch Kunde".
  Bytes data = hex("27 6C 29 28 00 48 69 3C F0 F1 F9");
  const std::string text = "Abbruch durch Kunde";
  data.insert(data.end(), text.begin(), text.end());
  EXPECT_EQ(decodeAs<StatusInformation>(Apdu{0x04, 0x0F, data}).additionalText, text);
  // [P] system error FF "Betrag falsch".
  const auto error = decodeAs<StatusInformation>(
      apdu("04 0F 18 27 FF 29 28 00 48 69 3C F0 F1 F3 42 65 74 72 61 67 20 66 61 6C 73 63 68"));
  EXPECT_EQ(error.result, 0xFF);
  EXPECT_EQ(error.additionalText, "Betrag falsch");
  EXPECT_EQ(problemOf(error.result), PaymentProblem::TerminalFault);
}

TEST(ZvtPtMessages, IntermediateStatusVectors) {
  EXPECT_EQ(decodeAs<IntermediateStatus>(apdu("04 FF 01 0E")).code, 0x0E);  // [B] please wait
  const auto insert = decodeAs<IntermediateStatus>(apdu("04 FF 01 0A"));  // [P] insert card
  EXPECT_EQ(promptOf(insert.code), TerminalPrompt::InsertCard);
  EXPECT_FALSE(insert.timeoutMinutes);

  // [B] status 0A, T4 1 minute, TLV 24 { 07 "Karte vorhalten\neinstecken/durchziehen" }.
  const std::string text = "Karte vorhalten\neinstecken/durchziehen";
  Bytes data = hex("0A 01 06 2A 24 28 07 26");
  data.insert(data.end(), text.begin(), text.end());
  const auto withText = decodeAs<IntermediateStatus>(Apdu{0x04, 0xFF, data});
  EXPECT_EQ(withText.code, 0x0A);
  EXPECT_EQ(withText.timeoutMinutes, 1);
  EXPECT_EQ(withText.displayTexts, std::vector<std::string>{text});

  // [E] "Bitte Karte einstecken".
  const auto e = decodeAs<IntermediateStatus>(
      apdu("04 FF 1E 0A 01 06 1A 24 18 07 16 42 69 74 74 65 20 4B 61 72 74 65 20 65 69 6E 73 74 65 63 6B 65 6E"));
  EXPECT_EQ(e.displayTexts, std::vector<std::string>{"Bitte Karte einstecken"});
}

TEST(ZvtPtMessages, IntermediateStatusWithTlvButNoTimeoutIsTolerated) {
  // Vendor deviation: the TLV follows the status byte directly.
  const auto status = decodeAs<IntermediateStatus>(apdu("04 FF 08 0E 06 05 24 03 07 01 41"));
  EXPECT_EQ(status.code, 0x0E);
  EXPECT_FALSE(status.timeoutMinutes);
  EXPECT_EQ(status.displayTexts, std::vector<std::string>{"A"});
}

TEST(ZvtPtMessages, PrintLinesP) {
  const auto header = decodeAs<PrintLine>(apdu("06 D1 14 40 2A 2A 20 4B 41 53 53 45 4E 53 43 48 4E 49 54 54 20 2A 2A"));
  EXPECT_EQ(header.text, "** KASSENSCHNITT **");
  EXPECT_TRUE(header.centred());
  EXPECT_FALSE(header.endOfReceipt());
  EXPECT_EQ(header.indent(), 0);
  const auto blank = decodeAs<PrintLine>(apdu("06 D1 02 00 20"));
  EXPECT_EQ(blank.text, " ");
  const auto end = decodeAs<PrintLine>(apdu("06 D1 01 81"));
  EXPECT_TRUE(end.endOfReceipt());
  EXPECT_TRUE(end.text.empty());
  // The EOD completion that followed: 27 E0.
  EXPECT_EQ(decodeAs<Completion>(apdu("06 0F 02 27 E0")).result, 0xE0);

  const auto big = decodeAs<PrintLine>(apdu("06 D1 02 33 41"));
  EXPECT_TRUE(big.doubleWidth());
  EXPECT_TRUE(big.doubleHeight());
  EXPECT_EQ(big.indent(), 3);
  EXPECT_FALSE(decodeAs<PrintLine>(apdu("06 D1 01 80")).endOfReceipt());
  const auto feed = decodeAs<PrintLine>(apdu("06 D1 02 FF 03"));
  EXPECT_TRUE(feed.lineFeed());
  EXPECT_EQ(feed.lineFeeds, 3);
  EXPECT_FALSE(feed.endOfReceipt());
}

TEST(ZvtPtMessages, PrintLineCharsetE) {
  EXPECT_EQ(decodeAs<PrintLine>(apdu("06 D1 0D 00 54 65 73 74 20 84 20 94 20 81 20 E1")).text, "Test ä ö ü ß");
  // CardComplete-style ISO-8859-1 when the caller says so.
  EXPECT_EQ(decodeAs<PrintLine>(apdu("06 D1 03 00 E4 DF"), Awaiting::Generic, TextCharset::Latin1).text, "äß");
}

TEST(ZvtPtMessages, PrintLineWithAppendedTlvIsTolerated) {
  // Vendor deviation (CardComplete): 06 D1 00 "Hallo" 06 04 1F 07 01 02; TLV tag 14 = 01 switches to Latin-1.
  const auto line = decodeAs<PrintLine>(apdu("06 D1 0C 00 48 61 6C 6C 6F 06 04 1F 07 01 02"));
  EXPECT_EQ(line.text, "Hallo");
  ASSERT_EQ(line.tlv.size(), 1u);
  EXPECT_EQ(line.tlv[0].tag, tlv_tag::kReceiptType);
  const auto latin = decodeAs<PrintLine>(apdu("06 D1 07 00 E4 06 03 14 01 01"));
  EXPECT_EQ(latin.text, "ä");
}

TEST(ZvtPtMessages, PrintTextBlockC) {
  const auto message = decodeApdu(vectorFile("print_text_block_c.hex"));
  ASSERT_TRUE(message);
  const auto block = decodeAs<PrintTextBlock>(*message);
  EXPECT_EQ(block.receiptType, 0x01);
  ASSERT_EQ(block.lines.size(), 6u);
  EXPECT_EQ(block.lines[0].text, "** HÄNDLERBELEG **");
  EXPECT_TRUE(block.lines[0].centred());
  EXPECT_EQ(block.lines[1].text, "Foyer Bürgeramt");
  EXPECT_TRUE(block.lines[1].centred());  // 09 40 holds until the next 09
  EXPECT_EQ(block.lines[2].text, "");
  EXPECT_FALSE(block.lines[2].centred());
  EXPECT_EQ(block.lines[3].text, "Betrag EUR          12,50");
  EXPECT_TRUE(block.lines[4].doubleWidth());
  EXPECT_EQ(block.lines[4].text, "Zahlung erfolgt");
  EXPECT_TRUE(block.lines[5].endOfReceipt());
  // The encoder writes the same bytes back.
  EXPECT_EQ(encodeApdu(encodePrintTextBlock(block)), encodeApdu(*message));
}

TEST(ZvtPtMessages, CompletionVectors) {
  // [B] registration completion: status 00, TID 29001006, EUR.
  const auto registered = decodeAs<Completion>(apdu("06 0F 0A 19 00 29 29 00 10 06 49 09 78"));
  EXPECT_EQ(registered.status, 0x00);
  EXPECT_EQ(registered.terminalId, 29001006u);
  EXPECT_EQ(registered.currency, 978u);
  EXPECT_FALSE(registered.terminalStatus);
  // [S] the PT echoes 1F73 (it supports message sequence ids) or only 26.
  const auto withSeq = decodeAs<Completion>(
      apdu("06 0F 18 19 00 29 65 00 00 28 49 09 78 06 0C 26 04 0A 02 06 D3 1F 73 03 00 00 00"));
  EXPECT_EQ(withSeq.terminalId, 65000028u);
  EXPECT_NE(findTlv(withSeq.tlv, tlv_tag::kMessageSequenceId), nullptr);
  const auto withoutSeq = decodeAs<Completion>(apdu("06 0F 12 19 00 29 65 00 00 28 49 09 78 06 06 26 04 0A 02 06 D3"));
  EXPECT_EQ(findTlv(withoutSeq.tlv, tlv_tag::kMessageSequenceId), nullptr);
  EXPECT_NE(findTlv(withoutSeq.tlv, tlv_tag::kPermittedCommands), nullptr);
  EXPECT_EQ(decodeAs<Completion>(apdu("06 0F 00")), Completion{});
}

TEST(ZvtPtMessages, StatusEnquiryCompletions) {
  // [E] SW "bla", terminal status 00.
  const auto e = decodeAs<Completion>(apdu("06 0F 07 F0 F0 F3 62 6C 61 00"), Awaiting::StatusEnquiry);
  EXPECT_EQ(e.softwareVersion, "bla");
  EXPECT_EQ(e.terminalStatus, 0x00);
  // [B] terminal status DC (card inserted), no version.
  const auto b = decodeAs<Completion>(apdu("06 0F 01 DC"), Awaiting::StatusEnquiry);
  EXPECT_EQ(b.terminalStatus, 0xDC);
  EXPECT_FALSE(b.softwareVersion);
  EXPECT_EQ(terminalStatusText(0xDC), "card inserted");
  // S1 [E] content, read without knowing a status enquiry was sent: the generic layout fails, the
  // enquiry layout fits.
  const auto s1 = decodeAs<Completion>(apdu("06 0F 0B F0 F0 F7 32 2E 31 34 2E 31 35 00"));
  EXPECT_EQ(s1.softwareVersion, "2.14.15");
  EXPECT_EQ(s1.terminalStatus, 0x00);
  // And a generic completion while awaiting the enquiry answer still reads.
  EXPECT_EQ(decodeAs<Completion>(apdu("06 0F 0A 19 00 29 29 00 10 06 49 09 78"), Awaiting::StatusEnquiry).terminalId,
            29001006u);
}

TEST(ZvtPtMessages, AnswersSetDateTimeAndOthers) {
  EXPECT_TRUE(std::holds_alternative<Ack>(*decodePtMessage(apdu("80 00 00"))));
  EXPECT_TRUE(std::holds_alternative<Ack>(*decodePtMessage(apdu("80 00 06 06 04 1F 73 01 01"))));
  EXPECT_EQ(std::get<Nak>(*decodePtMessage(apdu("84 83 00"))).code, 0x83);
  const auto clock = decodeAs<SetDateTime>(apdu("04 01 08 AA 25 06 10 0C 22 39 53"));
  EXPECT_EQ(clock.date, "25-06-10");
  EXPECT_EQ(clock.time, "22:39:53");
  const auto other = decodeAs<OtherMessage>(apdu("06 E0 00"));
  EXPECT_EQ(other.apdu.command(), 0x06E0);
}

TEST(ZvtPtMessages, MalformedMessagesGiveOffsetsIntoTheApdu) {
  // Unknown BMP 5F after the result code: offset 5 counts from the CLASS byte.
  const auto unknown = decodePtMessage(apdu("04 0F 04 27 00 5F 00"));
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().offset, 5u);
  // Amount that is not BCD: the value starts at offset 6.
  const auto badAmount = decodePtMessage(apdu("04 0F 09 27 00 04 00 00 00 00 1A 00"));
  ASSERT_FALSE(badAmount);
  EXPECT_EQ(badAmount.error().offset, 6u);
  // Cut field.
  const auto cut = decodePtMessage(apdu("04 0F 04 27 00 87 04"));
  ASSERT_FALSE(cut);
  EXPECT_EQ(cut.error().offset, 5u);
  // No result code.
  EXPECT_FALSE(decodePtMessage(apdu("04 0F 03 87 04 70")));
  // Broken TLV inside the status information.
  const auto badTlv = decodePtMessage(apdu("04 0F 06 27 00 06 02 07 05"));
  ASSERT_FALSE(badTlv);
  EXPECT_EQ(badTlv.error().offset, 9u);
  // Masked PAN with a nibble that is neither digit, E nor trailing F.
  EXPECT_FALSE(decodePtMessage(apdu("04 0F 06 27 00 22 F0 F1 AB")));
  EXPECT_FALSE(decodePtMessage(apdu("04 FF 00")));
  EXPECT_FALSE(decodePtMessage(apdu("06 1E 00")));
  EXPECT_FALSE(decodePtMessage(apdu("06 D1 00")));
  EXPECT_FALSE(decodePtMessage(apdu("06 D3 00")));
  EXPECT_FALSE(decodePtMessage(apdu("04 01 04 AA 25 06 10")));
  EXPECT_FALSE(decodePtMessage(apdu("04 FF 02 0A 1F")));  // timeout not BCD
}

TEST(ZvtPtMessages, EncodersRoundTrip) {
  StatusInformation info;
  info.result = 0;
  info.amountCents = 1250;
  info.trace = 12;
  info.originalTrace = 11;
  info.receiptNumber = 42;
  info.turnover = 42;
  info.time = "12:34:56";
  info.date = "06-10";
  info.expiry = "28-12";
  info.cardSequenceNumber = 1;
  info.cardType = 0x05;
  info.cardName = "girocard";
  info.maskedPan = "************4242";
  info.terminalId = 52500038;
  info.additionalText = "Zahlung erfolgt";
  info.currency = 978;
  info.paymentType = 0x70;
  info.vuNumber = "123456789";
  info.aid = "A1B2C3";
  info.tlv = {tlvPrimitive(tlv_tag::kUniqueTransactionId, {0x00, 0x42})};
  const Apdu encoded = encodeStatusInformation(info);
  EXPECT_EQ(decodeAs<StatusInformation>(encoded), info);
  // The [P] vector decodes, encodes and decodes to the same values.
  const auto p = decodeAs<StatusInformation>(*decodeApdu(vectorFile("status_info_approved_p.hex")));
  EXPECT_EQ(decodeAs<StatusInformation>(encodeStatusInformation(p)), p);
  // A trace beyond six digits travels in 1F2B with 0B = 000000.
  StatusInformation longTrace;
  longTrace.trace = 1234567;
  longTrace.tlv = {tlvPrimitive(tlv_tag::kLongTrace, {0x01, 0x23, 0x45, 0x67})};
  EXPECT_EQ(decodeAs<StatusInformation>(encodeStatusInformation(longTrace)).trace, 1234567u);

  const IntermediateStatus status{0x0A, 1, {"Karte einstecken"}};
  EXPECT_EQ(decodeAs<IntermediateStatus>(encodeIntermediateStatus(status)), status);
  EXPECT_EQ(toHex(encodeApdu(encodeIntermediateStatus({0x0E, std::nullopt, {}}))), "04 FF 01 0E");

  const PrintLine line{0x40, "Händlerbeleg", 0, {}};
  EXPECT_EQ(decodeAs<PrintLine>(encodePrintLine(line)), line);
  EXPECT_EQ(toHex(encodeApdu(encodePrintLine({0x81, "", 0, {}}))), "06 D1 01 81");

  PrintTextBlock block{0x02, {{0x40, "Kundenbeleg", 0, {}}, {0x00, "Betrag EUR 12,50", 0, {}}, {0x81, "", 0, {}}}};
  EXPECT_EQ(decodeAs<PrintTextBlock>(encodePrintTextBlock(block)), block);
  // A receipt longer than 254 bytes uses the extended length and still reads.
  PrintTextBlock longBlock{0x01, std::vector<PrintLine>(40, PrintLine{0x00, "Zeile mit Text", 0, {}})};
  const Apdu longApdu = encodePrintTextBlock(longBlock);
  EXPECT_EQ(apduHeaderSize(longApdu), 5u);
  EXPECT_EQ(decodeAs<PrintTextBlock>(*decodeApdu(encodeApdu(longApdu))), longBlock);

  Completion registered;
  registered.status = 0;
  registered.terminalId = 52500038;
  registered.currency = 978;
  registered.tlv = {tlvConstructed(tlv_tag::kPermittedCommands, {tlvPrimitive(tlv_tag::kZvtCommand, {0x06, 0xD3})})};
  EXPECT_EQ(decodeAs<Completion>(encodeCompletion(registered)), registered);
  Completion enquiry;
  enquiry.softwareVersion = "foyer-sim 1.0";
  enquiry.terminalStatus = 0x00;
  EXPECT_EQ(decodeAs<Completion>(encodeCompletion(enquiry), Awaiting::StatusEnquiry), enquiry);
  Completion timed;
  timed.result = 0;
  timed.time = "10:11:12";
  timed.date = "25-06-10";
  EXPECT_EQ(decodeAs<Completion>(encodeCompletion(timed)), timed);

  EXPECT_EQ(toHex(encodeApdu(encodeAbort(0x6C))), "06 1E 01 6C");
  const AbortMessage vendor{0xFF, "Terminal gesperrt", Bytes{0x12, 0x34}};
  EXPECT_EQ(decodeAs<AbortMessage>(encodeAbort(vendor)), vendor);
  const SetDateTime clock{"25-06-10", "08:09:10"};
  EXPECT_EQ(decodeAs<SetDateTime>(encodeSetDateTime(clock)), clock);
  EXPECT_THROW((void)encodeSetDateTime({"25-06", "08:09:10"}), std::invalid_argument);
}

}  // namespace
}  // namespace foyer::payment::zvt
