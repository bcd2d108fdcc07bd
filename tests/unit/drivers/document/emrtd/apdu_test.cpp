#include "drivers/document/emrtd/apdu.hpp"

#include <gtest/gtest.h>

namespace foyer::document::emrtd {
namespace {

TEST(Apdu, EncodesShortAndExtendedForms) {
  EXPECT_EQ(toHex(view(CommandApdu{0x00, 0xA4, 0x04, 0x0C, fromHex("A0000002471001"), std::nullopt}.encode())),
            "00A4040C07A0000002471001");
  EXPECT_EQ(toHex(view(CommandApdu{0x00, 0xB0, 0x9C, 0x00, {}, 256}.encode())), "00B09C0000");
  EXPECT_EQ(toHex(view(CommandApdu{0x00, 0xB0, 0x00, 0x00, {}, 4096}.encode())), "00B00000001000");
  EXPECT_EQ(toHex(view(CommandApdu{0x0C, 0xB0, 0x00, 0x00, fromHex("AA"), 65536}.encode())), "0CB00000000001AA0000");
}

TEST(Apdu, ParseIsTheInverseOfEncode) {
  const std::vector<CommandApdu> commands = {
      {0x00, 0x84, 0x00, 0x00, {}, 8},
      {0x00, 0xA4, 0x02, 0x0C, fromHex("011E"), std::nullopt},
      {0x00, 0x82, 0x00, 0x00, Bytes(40, 1), 40},
      {0x0C, 0xB0, 0x00, 0x00, Bytes(300, 2), 65536},
      {0x00, 0xB0, 0x81, 0x00, {}, 1000},
      {0x10, 0x86, 0x00, 0x00, fromHex("7C00"), 256},
      {0x00, 0x20, 0x00, 0x00, {}, std::nullopt},
  };
  for (const auto& command : commands) {
    const auto parsed = parseCommand(view(command.encode()));
    ASSERT_TRUE(parsed) << toHex(view(command.encode()));
    EXPECT_EQ(parsed->encode(), command.encode());
    EXPECT_EQ(parsed->data, command.data);
    EXPECT_EQ(parsed->le, command.le);
  }
}

TEST(Apdu, MalformedCommandsAreRejected) {
  EXPECT_FALSE(parseCommand(view(fromHex("00A404"))));
  EXPECT_FALSE(parseCommand(view(fromHex("00A4040C05A000"))));   // Lc says 5, 2 follow
  EXPECT_FALSE(parseCommand(view(fromHex("00B000000000"))));      // extended length cut off
  EXPECT_FALSE(parseCommand(view(fromHex("00B0000000000001"))));  // extended Lc 0 with data
  EXPECT_FALSE(parseResponse(view(fromHex("90"))));
  EXPECT_EQ(parseResponse(view(fromHex("AABB9000")))->sw, sw::kOk);
}

}  // namespace
}  // namespace foyer::document::emrtd
