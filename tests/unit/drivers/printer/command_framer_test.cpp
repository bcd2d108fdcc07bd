// Command lengths: every command the interpreter knows, and "not yet" for every cut-off prefix.
#include "drivers/printer/protocol/command_framer.hpp"

#include <gtest/gtest.h>

#include "tests/unit/drivers/printer/escpos_vectors.hpp"

namespace foyer::printer::escpos {
namespace {

using vectors::fromHex;

struct Case {
  std::string_view hex;
  FrameKind kind;
  std::size_t length = 0;  // 0: all of `hex`
};

TEST(CommandFramer, KnowsWhereEachCommandEnds) {
  const Case cases[] = {
      {"41", FrameKind::Text},
      {"0A", FrameKind::Command},
      {"1B 40", FrameKind::Command},
      {"1B 74 13", FrameKind::Command},
      {"1B 21 00", FrameKind::Command},
      {"1B 70 00 19 FA", FrameKind::Command},
      {"1B 57 00 00 00 00 40 02 00 01", FrameKind::Command},
      {"1B 44 08 10 18 00", FrameKind::Command},
      {"1B 2A 21 02 00 01 02 03 04 05 06", FrameKind::Command},
      {"1B 26 02 41 42 01 AA BB 02 CC DD EE FF", FrameKind::Command},
      {"1D 21 11", FrameKind::Command},
      {"1D 56 00", FrameKind::Command},
      {"1D 56 42 00", FrameKind::Command},
      {"1D 76 30 00 02 00 02 00 FF FF FF 00", FrameKind::Command},
      {"1D 28 6B 03 00 31 51 30", FrameKind::Command},
      {"1D 38 4C 03 00 00 00 01 02 03", FrameKind::Command},
      {"1D 2A 01 01 00 00 00 00 00 00 00 00", FrameKind::Command},
      {"1D 6B 02 34 30 30 00", FrameKind::Command},
      {"1D 6B 49 02 7B 42", FrameKind::Command},
      {"10 04 01", FrameKind::Command},
      {"10 04 07 01", FrameKind::Command},
      {"10 05 02", FrameKind::Command},
      {"10 14 01 00 01", FrameKind::Command},
      {"1C 70 01 00", FrameKind::Command},
      {"1C 28 41 02 00 30 31", FrameKind::Command},
      {"1B 7A", FrameKind::Unknown},
      {"1D 7A", FrameKind::Unknown},
      {"1D 76 31", FrameKind::Unknown, 2},
      {"10 41", FrameKind::Unknown, 1},
      {"07", FrameKind::Unknown},
      {"1D 56 07", FrameKind::Malformed},
      {"1D 6B 10", FrameKind::Malformed},
      {"1B 2A 05 01 00", FrameKind::Malformed},
  };
  for (const auto& c : cases) {
    const Bytes bytes = fromHex(c.hex);
    const std::size_t length = c.length == 0 ? bytes.size() : c.length;
    const auto frame = frameCommand(vectors::view(bytes));
    ASSERT_TRUE(frame) << c.hex;
    EXPECT_EQ(frame->kind, c.kind) << c.hex;
    EXPECT_EQ(frame->totalLength, length) << c.hex;
    // One byte more changes nothing.
    Bytes longer = bytes;
    longer.push_back(0x41);
    const auto again = frameCommand(vectors::view(longer));
    ASSERT_TRUE(again) << c.hex;
    EXPECT_EQ(again->totalLength, length) << c.hex;
  }
}

TEST(CommandFramer, EveryPrefixOfAHeaderIsNotYetComplete) {
  for (const std::string_view hex : {"1B 74 13", "1D 76 30 00 02 00 02 00", "1D 28 6B 03 00", "1D 6B 49 02", "10 04 01",
                                     "1D 38 4C 03 00 00 00", "1B 57 00 00 00 00 40 02 00 01", "1D 56 42 00"}) {
    const Bytes bytes = fromHex(hex);
    for (std::size_t length = 0; length < bytes.size(); ++length) {
      EXPECT_FALSE(frameCommand(vectors::view(bytes).first(length))) << hex << " cut at " << length;
    }
  }
}

TEST(CommandFramer, PayloadLengthIsKnownBeforeThePayloadArrives) {
  const auto raster = frameCommand(vectors::view(fromHex("1D 76 30 00 FF 00 FF 0F")));
  ASSERT_TRUE(raster);
  EXPECT_EQ(raster->headerLength, 8U);
  EXPECT_EQ(raster->totalLength, 8U + 255U * 4095U);
  const auto graphics = frameCommand(vectors::view(fromHex("1D 38 4C FF FF FF FF")));
  ASSERT_TRUE(graphics);
  EXPECT_EQ(graphics->totalLength, 7U + 0xFFFFFFFFULL);
}

TEST(CommandFramer, NulTerminatedDataHasABound) {
  Bytes barcode = fromHex("1D 6B 04");
  barcode.insert(barcode.end(), 200, 'A');
  EXPECT_FALSE(frameCommand(vectors::view(barcode))) << "no NUL yet, still within 255 bytes";
  barcode.insert(barcode.end(), 100, 'A');
  const auto frame = frameCommand(vectors::view(barcode));
  ASSERT_TRUE(frame);
  EXPECT_EQ(frame->kind, FrameKind::Malformed);
  EXPECT_EQ(frame->totalLength, 3U);
}

}  // namespace
}  // namespace foyer::printer::escpos
