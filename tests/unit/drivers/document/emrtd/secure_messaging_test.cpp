// ICAO 9303-11 Appendix D.4: secure messaging after the BAC worked example (3DES, retail MAC), and the AES
// variant used after PACE checked between the terminal and chip sides.
#include "drivers/document/emrtd/secure_messaging.hpp"

#include <gtest/gtest.h>

#include "drivers/document/emrtd/block_crypto.hpp"

namespace foyer::document::emrtd {
namespace {

SmSession appendixDSession() {
  return SmSession(SmCipher::TripleDes, fromHex("979EC13B1CBFE9DCD01AB0FED307EAE5"),
                   fromHex("F1CB1F1FB5ADF208806B89DC579DC1F8"), fromHex("887022120C06C226"));
}

TEST(SecureMessaging, SelectEfComMatchesAppendixD) {
  SmSession session = appendixDSession();
  const CommandApdu select{0x00, 0xA4, 0x02, 0x0C, fromHex("011E"), std::nullopt};
  EXPECT_EQ(toHex(view(session.protect(select).encode())), "0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800");
  const auto response = session.unprotect(ResponseApdu{fromHex("990290008E08FA855A5D4C50A8ED"), sw::kOk});
  ASSERT_TRUE(response) << response.error().message;
  EXPECT_EQ(response->sw, sw::kOk);
  EXPECT_TRUE(response->data.empty());
}

TEST(SecureMessaging, ReadBinaryOfEfComMatchesAppendixD) {
  SmSession session = appendixDSession();
  (void)session.protect(CommandApdu{0x00, 0xA4, 0x02, 0x0C, fromHex("011E"), std::nullopt});
  ASSERT_TRUE(session.unprotect(ResponseApdu{fromHex("990290008E08FA855A5D4C50A8ED"), sw::kOk}));

  EXPECT_EQ(toHex(view(session.protect(CommandApdu{0x00, 0xB0, 0x00, 0x00, {}, 4}).encode())),
            "0CB000000D9701048E08ED6705417E96BA5500");
  auto first = session.unprotect(ResponseApdu{fromHex("8709019FF0EC34F992265199029000""8E08AD55CC17140B2DED"), sw::kOk});
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(toHex(view(first->data)), "60145F01");

  EXPECT_EQ(toHex(view(session.protect(CommandApdu{0x00, 0xB0, 0x00, 0x04, {}, 0x12}).encode())),
            "0CB000040D9701128E082EA28A70F3C7B53500");
  auto rest = session.unprotect(ResponseApdu{
      fromHex("871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A99029000""8E08C8B2787EAEA07D74"), sw::kOk});
  ASSERT_TRUE(rest) << rest.error().message;
  EXPECT_EQ(toHex(view(rest->data)), "04303130365F36063034303030305C026175");
}

TEST(SecureMessaging, AlteredResponseIsRejected) {
  SmSession session = appendixDSession();
  (void)session.protect(CommandApdu{0x00, 0xA4, 0x02, 0x0C, fromHex("011E"), std::nullopt});
  const auto response = session.unprotect(ResponseApdu{fromHex("990290008E08FA855A5D4C50A8EE"), sw::kOk});
  ASSERT_FALSE(response);
  EXPECT_EQ(response.error().kind, SmError::Kind::BadMac);
}

TEST(SecureMessaging, PlainErrorStatusMeansTheChipEndedSecureMessaging) {
  SmSession session = appendixDSession();
  (void)session.protect(CommandApdu{0x00, 0xB0, 0x00, 0x00, {}, 4});
  const auto response = session.unprotect(ResponseApdu{{}, sw::kSmObjectsIncorrect});
  ASSERT_FALSE(response);
  EXPECT_EQ(response.error().kind, SmError::Kind::Unprotected);
  EXPECT_EQ(response.error().sw, sw::kSmObjectsIncorrect);
}

// Both roles with the same keys must agree command after command; this is how the simulator talks to the
// reader, so a drift in the SSC or padding shows here.
void roundTrip(SmCipher cipher, std::size_t keySize, std::size_t sscSize) {
  const Bytes enc = crypto::randomBytes(keySize);
  const Bytes mac = crypto::randomBytes(keySize);
  SmSession terminal(cipher, enc, mac, Bytes(sscSize, 0));
  SmSession chip(cipher, enc, mac, Bytes(sscSize, 0));
  for (std::size_t size : {0u, 1u, 15u, 16u, 17u, 223u, 1000u}) {
    const CommandApdu plain{0x00, 0xD6, 0x01, 0x02, crypto::randomBytes(size), size % 2 == 0 ? std::optional<std::uint32_t>(0xDF) : std::nullopt};
    auto received = chip.unprotectCommand(terminal.protect(plain));
    ASSERT_TRUE(received) << received.error().message;
    EXPECT_EQ(received->data, plain.data);
    EXPECT_EQ(received->le, plain.le);
    const ResponseApdu answer{crypto::randomBytes(size * 2), sw::kOk};
    auto back = terminal.unprotect(chip.protectResponse(answer));
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(back->data, answer.data);
  }
  EXPECT_EQ(terminal.ssc(), chip.ssc());
}

TEST(SecureMessaging, TripleDesTerminalAndChipAgree) { roundTrip(SmCipher::TripleDes, 16, 8); }
TEST(SecureMessaging, Aes128TerminalAndChipAgree) { roundTrip(SmCipher::Aes, 16, 16); }
TEST(SecureMessaging, Aes256TerminalAndChipAgree) { roundTrip(SmCipher::Aes, 32, 16); }

TEST(SecureMessaging, ChipRefusesACommandWithTheWrongChecksum) {
  const Bytes key = crypto::randomBytes(16);
  SmSession terminal(SmCipher::Aes, key, key, Bytes(16, 0));
  SmSession chip(SmCipher::Aes, key, crypto::randomBytes(16), Bytes(16, 0));
  const auto received = chip.unprotectCommand(terminal.protect(CommandApdu{0x00, 0xB0, 0x81, 0x00, {}, 256}));
  ASSERT_FALSE(received);
  EXPECT_EQ(received.error().kind, SmError::Kind::BadMac);
}

}  // namespace
}  // namespace foyer::document::emrtd
