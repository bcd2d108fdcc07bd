// PACE between this terminal code and the chip code, both on OpenPACE, plus the KDF and password vectors of
// BSI's "Worked Example for EAC" and ICAO 9303-11.
#include "drivers/document/emrtd/pace.hpp"

#include <gtest/gtest.h>

#include "drivers/document/emrtd/block_crypto.hpp"

namespace foyer::document::emrtd {
namespace {

// PACEInfo{id-PACE-ECDH-GM-AES-CBC-CMAC-128, version 2, parameterId}: 13 = brainpoolP256r1, 12 = P-256.
Bytes cardAccess(std::uint8_t parameterId) {
  Bytes bytes = fromHex("3114301206 0A 04007F00070202040202 020102 02010D");
  bytes.back() = parameterId;
  return bytes;
}

TEST(PaceKeys, PasswordKeyMatchesTheBsiWorkedExample) {
  const std::string pin = "123456";
  EXPECT_EQ(toHex(view(deriveKey(ByteView(reinterpret_cast<const std::uint8_t*>(pin.data()), pin.size()), 3,
                                 KeyType::Aes128))),
            "591468CDA83D65219CCCB8560233600F");
}

TEST(PaceKeys, MrzPasswordIsTheHashOfTheMrzInformation) {
  EXPECT_EQ(toHex(view(mrzPasswordHash(*mrzAccessKey("T22000129", "640812", "101031")))),
            "7E2D2A41C74EA0B38CD36F863939BFA8E9032AAD");
}

struct Outcome {
  std::optional<SmSession> terminal;
  std::optional<SmSession> chip;
  std::string error;
};

Outcome run(const Bytes& efCardAccess, const AccessKey& terminalKey, const AccessKey& chipMrz,
            std::optional<AccessKey> chipCan) {
  Outcome outcome;
  pace::ChipPace chip(efCardAccess, chipMrz, std::move(chipCan));
  auto terminal = pace::TerminalPace::create(view(efCardAccess), terminalKey);
  if (!terminal) {
    outcome.error = terminal.error();
    return outcome;
  }
  if (!chip.handle(terminal->mseSetAt()).ok()) {
    outcome.error = "MSE refused";
    return outcome;
  }
  auto next = terminal->onNonce(chip.handle(terminal->requestNonce()));
  if (next) next = terminal->onMappingData(chip.handle(*next));
  if (next) next = terminal->onEphemeralKey(chip.handle(*next));
  if (!next) {
    outcome.error = next.error();
    return outcome;
  }
  auto session = terminal->onToken(chip.handle(*next));
  if (!session) {
    outcome.error = session.error();
    return outcome;
  }
  outcome.terminal.emplace(std::move(*session));
  outcome.chip = chip.takeSession();
  return outcome;
}

void expectWorkingChannel(Outcome& outcome) {
  ASSERT_TRUE(outcome.terminal) << outcome.error;
  ASSERT_TRUE(outcome.chip);
  EXPECT_EQ(outcome.terminal->cipher(), SmCipher::Aes);
  EXPECT_EQ(outcome.terminal->ssc(), Bytes(16, 0));
  const CommandApdu select{0x00, 0xA4, 0x04, 0x0C, fromHex("A0000002471001"), std::nullopt};
  const auto received = outcome.chip->unprotectCommand(outcome.terminal->protect(select));
  ASSERT_TRUE(received) << received.error().message;
  EXPECT_EQ(received->data, select.data);
  const auto answer = outcome.terminal->unprotect(outcome.chip->protectResponse(ResponseApdu{{}, sw::kOk}));
  ASSERT_TRUE(answer);
  EXPECT_TRUE(answer->ok());
}

TEST(Pace, PassportMrzOnBrainpoolGivesAnAesChannel) {
  const auto key = *mrzAccessKey("L898902C", "690806", "940623");
  auto outcome = run(cardAccess(13), key, key, std::nullopt);
  expectWorkingChannel(outcome);
}

TEST(Pace, CardAccessNumberOnNistP256GivesAnAesChannel) {
  const auto mrz = *mrzAccessKey("T22000129", "640812", "101031");
  auto outcome = run(cardAccess(12), *canAccessKey("123456"), mrz, *canAccessKey("123456"));
  expectWorkingChannel(outcome);
}

TEST(Pace, WrongMrzFailsAtTheAuthenticationToken) {
  auto outcome = run(cardAccess(13), *mrzAccessKey("L898902C", "690806", "940624"),
                     *mrzAccessKey("L898902C", "690806", "940623"), std::nullopt);
  EXPECT_FALSE(outcome.terminal);
  EXPECT_NE(outcome.error.find("wrong access key"), std::string::npos) << outcome.error;
}

TEST(Pace, CanOnAChipWithoutOneIsRefused) {
  auto outcome = run(cardAccess(13), *canAccessKey("123456"), *mrzAccessKey("L898902C", "690806", "940623"),
                     std::nullopt);
  EXPECT_FALSE(outcome.terminal);
}

TEST(Pace, CardAccessWithoutPaceIsReportedNotCrashed) {
  EXPECT_FALSE(pace::TerminalPace::create(view(fromHex("3100")), *canAccessKey("123456")));
  EXPECT_FALSE(pace::TerminalPace::create(view(fromHex("FFFF")), *canAccessKey("123456")));
}

}  // namespace
}  // namespace foyer::document::emrtd
