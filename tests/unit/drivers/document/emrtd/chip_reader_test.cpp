// The reader's state machine against the simulated chip, in process: the same APDU bytes that travel
// through pcscd in the integration test, with faults injected between the two.
#include "drivers/document/emrtd/chip_reader.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <iterator>

#include "drivers/document/emrtd/chip_authentication.hpp"
#include "drivers/document/emrtd/passive_authentication.hpp"
#include "drivers/simulators/emrtd_card/card_issuer.hpp"
#include "drivers/simulators/emrtd_card/emrtd_applet.hpp"

namespace foyer::document::emrtd {
namespace {

using simulators::emrtd::EmrtdApplet;
using simulators::emrtd::IssuedCard;
using simulators::emrtd::IssueRequest;

const std::vector<std::string> kPassport = {"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                                            "L898902C36UTO7408122F1204159ZE184226B<<<<<10"};

Bytes face() {
  std::ifstream in(std::string(FOYER_SOURCE_DIR) + "/assets/simulator/specimen-face.jpg", std::ios::binary);
  return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

IssuedCard issueWith(const std::function<void(IssueRequest&)>& change) {
  IssueRequest request;
  request.mrzLines = kPassport;
  request.faceJpeg = face();
  change(request);
  auto card = simulators::emrtd::issueCard(request, 2026);
  EXPECT_TRUE(card) << card.error();
  return std::move(*card);
}

IssuedCard issue(int paceParameterId = 13, std::optional<std::string> can = std::nullopt, bool bac = true,
                 std::size_t maxResponse = 0) {
  IssueRequest request;
  request.mrzLines = kPassport;
  request.faceJpeg = face();
  request.paceParameterId = paceParameterId;
  request.can = std::move(can);
  request.bac = bac;
  request.maxResponse = maxResponse;
  auto card = simulators::emrtd::issueCard(request, 2026);
  EXPECT_TRUE(card) << card.error();
  return std::move(*card);
}

ChipReadOptions optionsFor(AccessKey key) {
  ChipReadOptions options;
  options.key = std::move(key);
  return options;
}

AccessKey passportKey() { return *mrzAccessKey("L898902C3", "740812", "120415"); }

struct Carried {
  std::optional<ChipFailure> failure;
  std::size_t commands = 0;
};

// Carries bytes between reader and chip; `pullCardAfter` simulates taking the card away after that many
// commands and putting it back (the chip powers up afresh, the reader restarts).
Carried carry(ChipReader& reader, EmrtdApplet& chip, std::size_t pullCardAfter = 0) {
  Carried run;
  Bytes command = reader.restart();
  bool pulled = false;
  while (true) {
    ++run.commands;
    if (!pulled && pullCardAfter != 0 && run.commands == pullCardAfter) {
      pulled = true;
      chip.reset();
      command = reader.restart();
      continue;
    }
    const auto step = reader.onResponse(chip.process(command));
    if (step.failure) {
      run.failure = step.failure;
      return run;
    }
    if (step.done()) return run;
    command = *step.command;
    if (run.commands > 10000) {
      run.failure = ChipFailure{ChipFailure::Kind::Protocol, "no end"};
      return run;
    }
  }
}

TEST(ChipReader, ReadsAPassportOverPaceAndVerifiesItsSignature) {
  IssuedCard card = issue();
  EmrtdApplet chip(card.profile);
  ChipReader reader(optionsFor(passportKey()));
  const Carried run = carry(reader, chip);
  ASSERT_FALSE(run.failure) << run.failure->message;
  const ChipContents& contents = reader.contents();
  EXPECT_EQ(contents.accessProtocol.rfind("PACE", 0), 0u) << contents.accessProtocol;
  EXPECT_EQ(*lds::parseDg1(view(contents.dataGroups.at(1))), kPassport[0] + kPassport[1]);
  const auto faceImage = lds::parseDg2(view(contents.dataGroups.at(2)));
  ASSERT_TRUE(faceImage) << faceImage.error();
  EXPECT_EQ(faceImage->data, face());
  EXPECT_EQ(faceImage->width, 413);
  EXPECT_DOUBLE_EQ(reader.progress(), 1.0);

  CscaStore trust;
  ASSERT_EQ(trust.addPem(card.cscaPem), 1u);
  const auto pa = verifyPassive(contents, trust);
  EXPECT_EQ(pa.verdict, PassiveAuthentication::Verdict::Valid) << pa.reason;
  EXPECT_EQ(pa.dataGroups.size(), 3u) << "DG1, DG2 and DG14, whose key chip authentication relies on";
}

TEST(ChipReader, FallsBackToBacWhenTheChipOffersNoPace) {
  IssuedCard card = issue(0);
  EmrtdApplet chip(card.profile);
  ChipReader reader(optionsFor(passportKey()));
  const Carried run = carry(reader, chip);
  ASSERT_FALSE(run.failure) << run.failure->message;
  EXPECT_EQ(reader.contents().accessProtocol, "BAC");
  EXPECT_EQ(reader.contents().dataGroups.size(), 3u);
  EXPECT_EQ(reader.contents().chipAuthentication, "CA ECDH AES-128") << "chip authentication works after BAC too";
}

TEST(ChipReader, UsesBacWhenAskedNotToPreferPace) {
  IssuedCard card = issue();
  EmrtdApplet chip(card.profile);
  ChipReadOptions options = optionsFor(passportKey());
  options.preferPace = false;
  ChipReader reader(std::move(options));
  ASSERT_FALSE(carry(reader, chip).failure);
  EXPECT_EQ(reader.contents().accessProtocol, "BAC");
}

TEST(ChipReader, OpensAnIdCardWithItsCardAccessNumber) {
  IssuedCard card = issue(12, "123456", false);
  EmrtdApplet chip(card.profile);
  ChipReader reader(optionsFor(*canAccessKey("123456")));
  const Carried run = carry(reader, chip);
  ASSERT_FALSE(run.failure) << run.failure->message;
  EXPECT_EQ(reader.contents().dataGroups.count(2), 1u);
}

TEST(ChipReader, WrongMrzIsAccessDeniedOverPaceAndOverBac) {
  for (const int pace : {13, 0}) {
    IssuedCard card = issue(pace);
    EmrtdApplet chip(card.profile);
    ChipReader reader(optionsFor(*mrzAccessKey("L898902C3", "740812", "120416")));
    const Carried run = carry(reader, chip);
    ASSERT_TRUE(run.failure);
    EXPECT_EQ(run.failure->kind, ChipFailure::Kind::AccessDenied) << run.failure->message;
    EXPECT_TRUE(reader.contents().dataGroups.empty());
  }
}

TEST(ChipReader, ResumesWhereItStoppedWhenTheCardComesBack) {
  IssuedCard card = issue();
  // Count the commands of an undisturbed read, then pull the card in the middle of DG2.
  EmrtdApplet reference(card.profile);
  ChipReader undisturbed(optionsFor(passportKey()));
  const Carried whole = carry(undisturbed, reference);
  ASSERT_FALSE(whole.failure);

  EmrtdApplet chip(card.profile);
  ChipReader reader(optionsFor(passportKey()));
  const Carried run = carry(reader, chip, whole.commands - 10);
  ASSERT_FALSE(run.failure) << run.failure->message;
  EXPECT_EQ(reader.contents().dataGroups.at(2), undisturbed.contents().dataGroups.at(2));
  // Access control again (7 commands for PACE), chip authentication again (2) and one SELECT, not the
  // whole file again.
  EXPECT_LT(run.commands, whole.commands + 12);
  EXPECT_EQ(reader.contents().chipAuthentication, "CA ECDH AES-128");
}

TEST(ChipReader, ExtendedLengthReadsTheFaceInFewCommands) {
  IssuedCard shortCard = issue();
  EmrtdApplet shortChip(shortCard.profile);
  ChipReader shortReader(optionsFor(passportKey()));
  const Carried shortRun = carry(shortReader, shortChip);

  IssuedCard card = issue(13, std::nullopt, true, 4096);
  EmrtdApplet chip(card.profile);
  ChipReadOptions options = optionsFor(passportKey());
  options.maxExtendedChunk = 65536;
  ChipReader reader(std::move(options));
  const Carried run = carry(reader, chip);
  ASSERT_FALSE(run.failure) << run.failure->message;
  EXPECT_EQ(lds::parseDg2(view(reader.contents().dataGroups.at(2)))->data, face());
  // Two cards issued apart differ only in DG14's fresh chip authentication key.
  for (const int group : {1, 2}) EXPECT_EQ(reader.contents().dataGroups.at(group), shortReader.contents().dataGroups.at(group));
  EXPECT_LT(run.commands * 4, shortRun.commands) << run.commands << " vs " << shortRun.commands;
}

TEST(ChipReader, AlteredBytesOnTheWayBreakSecureMessagingNotTheReader) {
  IssuedCard card = issue();
  EmrtdApplet chip(card.profile);
  ChipReader reader(optionsFor(passportKey()));
  Bytes command = reader.restart();
  std::optional<ChipFailure> failure;
  for (int i = 0; i < 200 && !failure; ++i) {
    Bytes response = chip.process(command);
    if (i == 12 && response.size() > 4) response[3] ^= 0x40;  // a read answer under SM
    const auto step = reader.onResponse(view(response));
    failure = step.failure;
    if (step.done()) break;
    if (step.command) command = *step.command;
  }
  ASSERT_TRUE(failure);
  EXPECT_EQ(failure->kind, ChipFailure::Kind::SecureMessaging);
}

TEST(ChipAuthentication, TheChipProvesItHoldsTheKeyOfDg14) {
  IssuedCard card = issue();
  EmrtdApplet chip(card.profile);
  ChipReader reader(optionsFor(passportKey()));
  const Carried run = carry(reader, chip);
  ASSERT_FALSE(run.failure) << run.failure->message;
  EXPECT_EQ(reader.contents().chipAuthentication, "CA ECDH AES-128");
  EXPECT_TRUE(reader.contents().chipAuthenticationProblem.empty());
  EXPECT_EQ(reader.contents().dataGroups.count(14), 1u);
}

TEST(ChipAuthentication, ACopiedChipWithoutTheKeyIsCaughtAtItsNextAnswer) {
  IssuedCard card = issueWith([](IssueRequest& request) { request.clone = true; });
  EmrtdApplet chip(card.profile);
  ChipReader reader(optionsFor(passportKey()));
  const Carried run = carry(reader, chip);
  ASSERT_TRUE(run.failure);
  EXPECT_EQ(run.failure->kind, ChipFailure::Kind::NotGenuine) << run.failure->message;
  EXPECT_TRUE(reader.contents().dataGroups.count(1) == 0) << "no personal data read from a copied chip";
}

TEST(ChipAuthentication, ChipsWithoutDg14AreReadWithoutIt) {
  IssuedCard card = issueWith([](IssueRequest& request) { request.chipAuthentication = false; });
  EmrtdApplet chip(card.profile);
  ChipReader reader(optionsFor(passportKey()));
  ASSERT_FALSE(carry(reader, chip).failure);
  EXPECT_TRUE(reader.contents().chipAuthentication.empty());
  EXPECT_TRUE(reader.contents().chipAuthenticationProblem.empty()) << "not offered is no problem";
}

TEST(ChipAuthentication, Dg14ParsingRefusesWhatIsNotDg14) {
  EXPECT_FALSE(chip_auth::parseDg14(view(Bytes{0x61, 0x00})));
  EXPECT_FALSE(chip_auth::parseDg14(view(Bytes{0x6E, 0x03, 0x31, 0x05, 0x00})));
  // A SET without chip authentication (only a PACE info): no offer, no error.
  const Bytes paceOnly = fromHex("6E1031" "0E" "300C060A04007F00070202040202" );
  const auto parsed = chip_auth::parseDg14(view(paceOnly));
  ASSERT_TRUE(parsed) << parsed.error();
  EXPECT_FALSE(parsed->has_value());
}

TEST(PassiveAuthentication, UnknownIssuerAndAlteredDataAreToldApart) {
  IssuedCard card = issue();
  EmrtdApplet chip(card.profile);
  ChipReader reader(optionsFor(passportKey()));
  ASSERT_FALSE(carry(reader, chip).failure);
  ChipContents contents = reader.takeContents();

  const CscaStore empty;
  EXPECT_EQ(verifyPassive(contents, empty).verdict, PassiveAuthentication::Verdict::IssuerUnknown);

  CscaStore otherCountry;
  otherCountry.addPem(issue().cscaPem);
  EXPECT_EQ(verifyPassive(contents, otherCountry).verdict, PassiveAuthentication::Verdict::IssuerUnknown);

  CscaStore trust;
  trust.addPem(card.cscaPem);
  contents.dataGroups.at(1)[10] ^= 0x01;  // a changed MRZ character
  const auto altered = verifyPassive(contents, trust);
  EXPECT_EQ(altered.verdict, PassiveAuthentication::Verdict::Invalid);
  contents.dataGroups.at(1)[10] ^= 0x01;

  contents.sod[contents.sod.size() - 5] ^= 0x01;  // inside the signature
  EXPECT_EQ(verifyPassive(contents, trust).verdict, PassiveAuthentication::Verdict::Invalid);
  contents.sod.resize(10);
  EXPECT_EQ(verifyPassive(contents, trust).verdict, PassiveAuthentication::Verdict::Invalid);
}

}  // namespace
}  // namespace foyer::document::emrtd
