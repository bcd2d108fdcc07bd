#include "drivers/payment/protocol/serial_frame.hpp"

#include <gtest/gtest.h>

#include "tests/unit/drivers/payment/zvt_test_support.hpp"

namespace foyer::payment::zvt {
namespace {

using testing::hex;

std::vector<SerialEvent> deframe(SerialDeframer& deframer, ByteView bytes) {
  std::vector<SerialEvent> events;
  for (const std::uint8_t byte : bytes) {
    if (auto event = deframer.feed(byte)) events.push_back(std::move(*event));
  }
  return events;
}

TEST(ZvtSerialFrame, CrcIsKermit) {
  const std::string check = "123456789";
  EXPECT_EQ(crc16Kermit(Bytes(check.begin(), check.end())), 0x2189);
  // S1 [E]: CRC over APDU + 03 is 0x11B1.
  EXPECT_EQ(frameCrc(hex("06 0F 0B F0 F0 F7 32 2E 31 34 2E 31 35 00")), 0x11B1);
}

TEST(ZvtSerialFrame, FramesSpecVectors) {
  // S1 [E] completion with software version.
  EXPECT_EQ(toHex(frameSerial(hex("06 0F 0B F0 F0 F7 32 2E 31 34 2E 31 35 00"))),
            "10 02 06 0F 0B F0 F0 F7 32 2E 31 34 2E 31 35 00 10 03 B1 11");
  // S2 [C].
  EXPECT_EQ(toHex(frameSerial(hex("80 00 00"))), "10 02 80 00 00 10 03 F5 1F");
  EXPECT_EQ(toHex(frameSerial(hex("06 0F 00"))), "10 02 06 0F 00 10 03 C6 33");
  // S3 [C] DLE doubling; the CRC covers the single 10.
  EXPECT_EQ(toHex(frameSerial(hex("06 D1 02 00 10"))), "10 02 06 D1 02 00 10 10 10 03 F5 72");
  // S4 [C] registration.
  EXPECT_EQ(toHex(frameSerial(hex("06 00 06 12 34 56 BE 09 78"))),
            "10 02 06 00 06 12 34 56 BE 09 78 10 03 C8 B1");
}

TEST(ZvtSerialFrame, DeframesVectorsWithAckAndNakBetween) {
  SerialDeframer deframer;
  const auto events = deframe(deframer, hex("06 10 02 06 D1 02 00 10 10 10 03 F5 72 15 "
                                            "10 02 06 0F 0B F0 F0 F7 32 2E 31 34 2E 31 35 00 10 03 B1 11"));
  ASSERT_EQ(events.size(), 4u);
  EXPECT_EQ(events[0].kind, SerialEvent::Kind::Ack);
  EXPECT_EQ(events[1].kind, SerialEvent::Kind::Frame);
  EXPECT_TRUE(events[1].crcOk);
  EXPECT_EQ(toHex(events[1].apdu), "06 D1 02 00 10");
  EXPECT_EQ(events[2].kind, SerialEvent::Kind::Nak);
  EXPECT_TRUE(events[3].crcOk);
  EXPECT_EQ(events[3].apdu.size(), 14u);
  EXPECT_EQ(deframer.discarded(), 0u);
}

TEST(ZvtSerialFrame, WrongCrcIsReportedNotDropped) {
  SerialDeframer deframer;
  const auto events = deframe(deframer, hex("10 02 80 00 00 10 03 F5 1E"));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].kind, SerialEvent::Kind::Frame);
  EXPECT_FALSE(events[0].crcOk);
  EXPECT_EQ(toHex(events[0].apdu), "80 00 00");
}

TEST(ZvtSerialFrame, GarbageAndBrokenFramesResynchronise) {
  SerialDeframer deframer;
  // Noise, a stray DLE, a frame broken by DLE 41 whose tail holds 06 and 15 bytes (not link bytes), then
  // a good frame.
  const auto events = deframe(deframer, hex("41 42 10 43 10 02 06 D1 10 41 06 15 06 10 03 00 00 "
                                            "10 02 80 00 00 10 03 F5 1F 06"));
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].kind, SerialEvent::Kind::BrokenFrame);
  EXPECT_EQ(events[1].kind, SerialEvent::Kind::Frame);
  EXPECT_TRUE(events[1].crcOk);
  EXPECT_EQ(events[2].kind, SerialEvent::Kind::Ack);
  EXPECT_GT(deframer.discarded(), 4u);
}

TEST(ZvtSerialFrame, RestartedFrameAndOverlongFrame) {
  SerialDeframer restart;
  const auto events = deframe(restart, hex("10 02 06 01 10 02 80 00 00 10 03 F5 1F"));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].kind, SerialEvent::Kind::BrokenFrame);
  EXPECT_TRUE(events[1].crcOk);

  SerialDeframer overlong;
  Bytes flood = hex("10 02");
  flood.resize(2 + SerialDeframer::kMaxFrameContent + 10, 0x06);
  const auto floodEvents = deframe(overlong, flood);
  ASSERT_EQ(floodEvents.size(), 1u);  // the 06 bytes after the cap are not ACKs
  EXPECT_EQ(floodEvents[0].kind, SerialEvent::Kind::BrokenFrame);
  EXPECT_TRUE(overlong.skipping());
  overlong.reset();
  const auto after = deframe(overlong, hex("06"));
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0].kind, SerialEvent::Kind::Ack);
}

}  // namespace
}  // namespace foyer::payment::zvt
