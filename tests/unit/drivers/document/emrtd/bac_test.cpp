// ICAO 9303-11 Appendix D: the BAC worked example for the MRZ L898902C<3UTO6908061F9406236ZE184226B<<<<<14.
#include "drivers/document/emrtd/bac.hpp"

#include <gtest/gtest.h>

#include "drivers/document/emrtd/block_crypto.hpp"

namespace foyer::document::emrtd {
namespace {

AccessKey appendixDKey() { return *mrzAccessKey("L898902C", "690806", "940623"); }

TEST(AccessKey, BuildsMrzInformationWithCheckDigits) {
  EXPECT_EQ(appendixDKey().secret, "L898902C<369080619406236");
}

TEST(AccessKey, RejectsDatesThatAreNotSixDigits) {
  EXPECT_FALSE(mrzAccessKey("L898902C", "69086", "940623"));
  EXPECT_FALSE(mrzAccessKey("L898902C", "690806", "94O623"));
  EXPECT_FALSE(mrzAccessKey("", "690806", "940623"));
  EXPECT_FALSE(mrzAccessKey("L89-902C", "690806", "940623"));
  EXPECT_FALSE(canAccessKey("12345"));
  EXPECT_TRUE(canAccessKey("123456"));
}

TEST(BacKeyDerivation, MatchesAppendixD) {
  const auto keys = bac::deriveKeys(appendixDKey());
  EXPECT_EQ(toHex(view(keys.enc)), "AB94FDECF2674FDFB9B391F85D7F76F2");
  EXPECT_EQ(toHex(view(keys.mac)), "7962D9ECE03D1ACD4C76089DCE131543");
}

TEST(BacMutualAuthentication, TerminalSideMatchesAppendixD) {
  bac::TerminalHandshake handshake(bac::deriveKeys(appendixDKey()), fromHex("781723860C06C226"),
                                   fromHex("0B795240CB7049B01C19B33E32804F0B"));
  const CommandApdu command = handshake.externalAuthenticate(view(fromHex("4608F91988702212")));
  EXPECT_EQ(toHex(view(command.encode())),
            "0082000028"
            "72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F2"
            "5F1448EEA8AD90A7"
            "28");

  auto session = handshake.finish(ResponseApdu{
      fromHex("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449"), sw::kOk});
  ASSERT_TRUE(session) << session.error();
  EXPECT_EQ(toHex(view(session->ssc())), "887022120C06C226");
}

TEST(BacMutualAuthentication, SessionKeysMatchAppendixD) {
  const auto keys = bac::deriveSessionKeys(view(fromHex("0B795240CB7049B01C19B33E32804F0B")),
                                           view(fromHex("0B4F80323EB3191CB04970CB4052790B")));
  EXPECT_EQ(toHex(view(keys.enc)), "979EC13B1CBFE9DCD01AB0FED307EAE5");
  EXPECT_EQ(toHex(view(keys.mac)), "F1CB1F1FB5ADF208806B89DC579DC1F8");
}

TEST(BacMutualAuthentication, ChipSideGivesTheAppendixDAnswer) {
  const CommandApdu command{0x00, 0x82, 0x00, 0x00,
                            fromHex("72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A7"),
                            40};
  const auto answer = bac::chipAuthenticate(bac::deriveKeys(appendixDKey()), view(fromHex("4608F91988702212")),
                                            view(fromHex("0B4F80323EB3191CB04970CB4052790B")), command);
  ASSERT_TRUE(answer.session);
  EXPECT_EQ(toHex(view(answer.response.data)),
            "46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449");
}

TEST(BacMutualAuthentication, WrongMrzIsRefusedByTheChip) {
  bac::TerminalHandshake handshake(bac::deriveKeys(*mrzAccessKey("L898902C", "690807", "940623")),
                                   crypto::randomBytes(8), crypto::randomBytes(16));
  const Bytes rndIc = crypto::randomBytes(8);
  const auto answer = bac::chipAuthenticate(bac::deriveKeys(appendixDKey()), view(rndIc), view(crypto::randomBytes(16)),
                                            handshake.externalAuthenticate(view(rndIc)));
  EXPECT_FALSE(answer.session);
  EXPECT_EQ(answer.response.sw, sw::kAuthenticationFailed);
  EXPECT_FALSE(handshake.finish(answer.response));
}

TEST(BacMutualAuthentication, TerminalRejectsAnAnswerWithATamperedMac) {
  bac::TerminalHandshake handshake(bac::deriveKeys(appendixDKey()), fromHex("781723860C06C226"),
                                   fromHex("0B795240CB7049B01C19B33E32804F0B"));
  (void)handshake.externalAuthenticate(view(fromHex("4608F91988702212")));
  Bytes answer = fromHex("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449");
  answer[39] ^= 0x01;
  EXPECT_FALSE(handshake.finish(ResponseApdu{answer, sw::kOk}));
}

}  // namespace
}  // namespace foyer::document::emrtd
