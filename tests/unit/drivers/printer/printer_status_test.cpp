// Real-time status (T5) and Automatic Status Back (T6) both ways, and the reader that splits the bytes a
// printer sends back.
#include "drivers/printer/protocol/printer_status.hpp"

#include <gtest/gtest.h>

#include "drivers/printer/protocol/status_reply_reader.hpp"
#include "tests/unit/drivers/printer/escpos_vectors.hpp"

namespace foyer::printer::escpos {
namespace {

using vectors::fromHex;

PrinterStatus paperOut() {
  PrinterStatus status;
  status.offline = true;
  status.paperEnd = true;
  status.paperNearEnd = true;  // the near-end sensor sees no paper either
  return status;
}

TEST(PrinterStatus, T5HealthyPrinterAnswers12) {
  const PrinterStatus healthy;
  EXPECT_TRUE(healthy.ready());
  for (const auto query : {StatusQuery::Printer, StatusQuery::OfflineCause, StatusQuery::ErrorCause, StatusQuery::PaperSensor}) {
    EXPECT_EQ(encodeRealTimeStatus(healthy, query), vectors::kT5Healthy);
  }
  const auto decoded = combineRealTimeStatus({0x12, 0x12, 0x12, 0x12});
  ASSERT_TRUE(decoded);
  EXPECT_EQ(*decoded, PrinterStatus{});
}

TEST(PrinterStatus, T5PaperOut) {
  EXPECT_EQ(encodeRealTimeStatus(paperOut(), StatusQuery::Printer), vectors::kT5PaperOutPrinter);
  EXPECT_EQ(encodeRealTimeStatus(paperOut(), StatusQuery::OfflineCause), vectors::kT5PaperOutOfflineCause);
  EXPECT_EQ(encodeRealTimeStatus(paperOut(), StatusQuery::PaperSensor), vectors::kT5PaperOutSensor);

  const std::array<RealTimeReply, 3> replies = {RealTimeReply{StatusQuery::Printer, vectors::kT5PaperOutPrinter},
                                                RealTimeReply{StatusQuery::OfflineCause, vectors::kT5PaperOutOfflineCause},
                                                RealTimeReply{StatusQuery::PaperSensor, vectors::kT5PaperOutSensor}};
  const auto status = combineRealTimeStatus(replies);
  ASSERT_TRUE(status);
  EXPECT_TRUE(status->offline);
  EXPECT_TRUE(status->paperEnd);
  EXPECT_TRUE(status->paperNearEnd);
  EXPECT_FALSE(status->coverOpen);
  EXPECT_FALSE(status->ready());
}

TEST(PrinterStatus, T5NearEndIsAWarningNotARefusal) {
  PrinterStatus nearEnd;
  nearEnd.paperNearEnd = true;
  EXPECT_EQ(encodeRealTimeStatus(nearEnd, StatusQuery::PaperSensor), vectors::kT5NearEndSensor);
  const auto decoded = decodeRealTimeStatus(StatusQuery::PaperSensor, vectors::kT5NearEndSensor);
  ASSERT_TRUE(decoded);
  EXPECT_TRUE(decoded->paperNearEnd);
  EXPECT_FALSE(decoded->paperEnd);
  EXPECT_TRUE(decoded->ready());
}

TEST(PrinterStatus, PythonEscposMasksDecodeAlike) {
  // python-escpos: no paper on the roll sensor is 72 (bits 5+6 without the near-end pair).
  const auto noPaper = decodeRealTimeStatus(StatusQuery::PaperSensor, 0x72);
  ASSERT_TRUE(noPaper);
  EXPECT_TRUE(noPaper->paperEnd);
  const auto drawer = decodeRealTimeStatus(StatusQuery::Printer, 0x16);
  ASSERT_TRUE(drawer);
  EXPECT_TRUE(drawer->drawerPinHigh);
  EXPECT_TRUE(drawer->ready());
}

TEST(PrinterStatus, CoverOpenAndErrors) {
  PrinterStatus status;
  status.offline = true;
  status.coverOpen = true;
  EXPECT_EQ(encodeRealTimeStatus(status, StatusQuery::OfflineCause), 0x16);
  PrinterStatus cutter;
  cutter.cutterError = true;
  cutter.unrecoverableError = true;
  EXPECT_EQ(encodeRealTimeStatus(cutter, StatusQuery::ErrorCause), 0x3A);
  const auto decoded = decodeRealTimeStatus(StatusQuery::ErrorCause, 0x3A);
  ASSERT_TRUE(decoded);
  EXPECT_TRUE(decoded->cutterError && decoded->unrecoverableError);
  EXPECT_FALSE(decoded->ready());
}

TEST(PrinterStatus, RepliesWithoutTheFixedBitsAreRejected) {
  for (const std::uint8_t bad : std::initializer_list<std::uint8_t>{0x00, 0x13, 0x10, 0x02, 0x92, 0xFF}) {
    EXPECT_FALSE(isRealTimeStatusReply(bad)) << int(bad);
    EXPECT_FALSE(decodeRealTimeStatus(StatusQuery::Printer, bad)) << int(bad);
  }
  EXPECT_FALSE(combineRealTimeStatus({0x12, 0x12, 0x00, 0x12}));
  EXPECT_EQ(realTimeStatusRequest(StatusQuery::PaperSensor), fromHex("10 04 04"));
}

TEST(PrinterStatus, EveryStatusSurvivesRealTimeEncodingAndDecoding) {
  for (int bits = 0; bits < (1 << 12); ++bits) {
    PrinterStatus status;
    bool* fields[] = {&status.offline,          &status.coverOpen,          &status.paperEnd,
                      &status.paperNearEnd,     &status.cutterError,        &status.unrecoverableError,
                      &status.autoRecoverableError, &status.feedButton,     &status.recoverableError,
                      &status.errorOccurred,    &status.waitingForOnlineRecovery, &status.drawerPinHigh};
    for (int i = 0; i < 12; ++i) *fields[i] = (bits >> i & 1) != 0;
    const std::array<std::uint8_t, 4> replies = {encodeRealTimeStatus(status, StatusQuery::Printer),
                                                 encodeRealTimeStatus(status, StatusQuery::OfflineCause),
                                                 encodeRealTimeStatus(status, StatusQuery::ErrorCause),
                                                 encodeRealTimeStatus(status, StatusQuery::PaperSensor)};
    const auto decoded = combineRealTimeStatus(replies);
    ASSERT_TRUE(decoded);
    ASSERT_EQ(*decoded, status) << "bits " << bits;
  }
}

TEST(AutoStatusBack, T6EnableAllAndCoverOpen) {
  EXPECT_EQ(autoStatusBackRequest(0x0F), fromHex(vectors::kT6EnableAll));
  PrinterStatus coverOpen;
  coverOpen.offline = true;
  coverOpen.coverOpen = true;
  EXPECT_EQ(encodeAsb(coverOpen)[0], vectors::kT6CoverOpenByte1);
  const auto decoded = decodeAsb({vectors::kT6CoverOpenByte1, 0x00, 0x00, 0x00});
  ASSERT_TRUE(decoded);
  EXPECT_TRUE(decoded->coverOpen);
  EXPECT_TRUE(decoded->offline);
  EXPECT_FALSE(decoded->ready());
}

TEST(AutoStatusBack, T6PaperEndAndNearEnd) {
  PrinterStatus end;
  end.paperEnd = true;
  EXPECT_EQ(encodeAsb(end)[2], vectors::kT6PaperEndByte3);
  EXPECT_EQ(encodeAsb(paperOut())[2], vectors::kT6PaperEndByte3 | vectors::kT6NearEndByte3);
  const auto decoded = decodeAsb({0x18, 0x00, 0x0F, 0x00});
  ASSERT_TRUE(decoded);
  EXPECT_EQ(*decoded, paperOut());
  const auto healthy = decodeAsb({0x10, 0x00, 0x00, 0x00});
  ASSERT_TRUE(healthy);
  EXPECT_TRUE(healthy->ready());
}

TEST(AutoStatusBack, BlocksWithoutTheFixedBitsAreRejected) {
  EXPECT_FALSE(decodeAsb({0x12, 0x00, 0x00, 0x00})) << "a DLE EOT reply is no ASB byte 1";
  EXPECT_FALSE(decodeAsb({0x10, 0x10, 0x00, 0x00}));
  EXPECT_FALSE(decodeAsb({0x10, 0x00, 0x80, 0x00}));
  EXPECT_FALSE(decodeAsb({0x00, 0x00, 0x00, 0x00}));
}

TEST(StatusReplyReader, PairsRepliesWithTheQuestionsInOrder) {
  StatusReplyReader reader;
  reader.expectReply(StatusQuery::Printer);
  reader.expectReply(StatusQuery::OfflineCause);
  reader.expectReply(StatusQuery::PaperSensor);
  auto events = reader.feed(fromHex("1A 32"));
  const auto more = reader.feed(fromHex("7E"));
  events.insert(events.end(), more.begin(), more.end());
  ASSERT_EQ(events.size(), 3U);
  const auto& third = std::get<RealTimeStatusEvent>(events[2]);
  EXPECT_EQ(third.query, StatusQuery::PaperSensor);
  ASSERT_TRUE(third.status);
  EXPECT_TRUE(third.status->paperEnd);
  EXPECT_TRUE(std::get<RealTimeStatusEvent>(events[0]).status->offline);
  EXPECT_EQ(reader.outstandingQueries(), 0U);
}

TEST(StatusReplyReader, UnaskedReplyKeepsItsByte) {
  StatusReplyReader reader;
  const auto events = reader.feed(fromHex("12"));
  ASSERT_EQ(events.size(), 1U);
  const auto& event = std::get<RealTimeStatusEvent>(events[0]);
  EXPECT_FALSE(event.query);
  EXPECT_FALSE(event.status);
  EXPECT_EQ(event.reply, 0x12);
}

TEST(StatusReplyReader, AsbBlockAcrossReadsWithXoffInBetween) {
  StatusReplyReader reader;
  reader.expectReply(StatusQuery::Printer);
  auto events = reader.feed(fromHex("38 13 00"));
  EXPECT_TRUE(events.empty());
  events = reader.feed(fromHex("00 11 00 12"));
  ASSERT_EQ(events.size(), 2U);
  const auto& asb = std::get<AsbEvent>(events[0]);
  EXPECT_EQ(asb.block, (AsbBlock{0x38, 0x00, 0x00, 0x00}));
  EXPECT_TRUE(asb.status.coverOpen);
  EXPECT_EQ(std::get<RealTimeStatusEvent>(events[1]).query, StatusQuery::Printer);
}

TEST(StatusReplyReader, BrokenAsbBlockIsGivenBackAndTheNextByteStartsOver) {
  StatusReplyReader reader;
  const auto events = reader.feed(fromHex("10 00 12 5F"));
  ASSERT_EQ(events.size(), 4U);
  EXPECT_EQ(std::get<UnrecognisedByte>(events[0]).byte, 0x10);
  EXPECT_EQ(std::get<UnrecognisedByte>(events[1]).byte, 0x00);
  EXPECT_EQ(std::get<RealTimeStatusEvent>(events[2]).reply, 0x12);
  EXPECT_EQ(std::get<UnrecognisedByte>(events[3]).byte, 0x5F);
}

TEST(StatusReplyReader, ForgetsTheOldestQuestionWhenNoneIsAnswered) {
  StatusReplyReader reader;
  for (int i = 0; i < 1000; ++i) reader.expectReply(StatusQuery::Printer);
  EXPECT_LE(reader.outstandingQueries(), 64U);
}

}  // namespace
}  // namespace foyer::printer::escpos
