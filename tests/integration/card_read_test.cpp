// foyerctl card read against the simulated eMRTD through a real pcscd with vsmartcard's vpcd driver: the
// same PC/SC path a terminal's contactless reader uses.
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/integration/child_process.hpp"
#include "tests/integration/private_pcscd.hpp"

namespace foyer::testing {
namespace {

namespace fs = std::filesystem;

const std::string kLine1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
const std::string kLine2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

class PcscdWithVirtualReader : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::path(::testing::TempDir()) / ("foyer-pcsc-" + std::to_string(getpid()));
    m_pcscd = std::make_unique<PrivatePcscd>(m_dir);
    const std::string problem = m_pcscd->start();
    ASSERT_TRUE(problem.empty()) << problem;
  }

  void TearDown() override {
    m_card.reset();
    m_pcscd.reset();
  }

  // Puts the simulated passport on the reader; `extra` adds simulator options.
  void insertCard(const std::string& extra = "") {
    m_card = m_pcscd->insertCard(FOYER_EMRTD_SIM_BINARY, {kLine1, kLine2}, extra);
    ASSERT_TRUE(m_card) << "the simulated card did not get onto the reader; see " << (m_dir / "card.log");
  }

  CommandResult foyerctl(const std::string& arguments) {
    return runCommand("ASAN_OPTIONS=detect_leaks=0 " + std::string(FOYERCTL_BINARY) + " card read --json --wait 15 --csca " +
                      (m_dir / "csca.pem").string() + " " + arguments);
  }

  static nlohmann::json jsonOf(const CommandResult& run) {
    return nlohmann::json::parse(run.output, nullptr, /*allow_exceptions=*/false);
  }

  fs::path m_dir;
  std::unique_ptr<PrivatePcscd> m_pcscd;
  std::unique_ptr<ChildProcess> m_card;
};

const std::string kMrzArguments = "--mrz '" + kLine1 + "' '" + kLine2 + "'";

TEST_F(PcscdWithVirtualReader, ReadsThePassportOverPaceAndOverBacAndVerifiesItsSignature) {
  insertCard();
  const auto pace = foyerctl(kMrzArguments);
  ASSERT_EQ(pace.exitCode, 0) << pace.output;
  const auto report = jsonOf(pace);
  ASSERT_FALSE(report.is_discarded()) << pace.output;
  EXPECT_EQ(report["protocol"], "PACE id-PACE-ECDH-GM-AES-CBC-CMAC-128");
  EXPECT_EQ(report["passive_authentication"]["verdict"], "valid");
  EXPECT_EQ(report["passive_authentication"]["trust_anchors"], 1);
  EXPECT_TRUE(report["passive_authentication"]["trust_problems"].empty()) << pace.output;
  EXPECT_EQ(report["document"]["fields"]["primary_identifier"], "ERIKSSON");
  EXPECT_EQ(report["face"]["format"], "JPEG");
  EXPECT_GT(report["files"]["DG2"].get<int>(), 20000);
  EXPECT_EQ(report["chip_authentication"]["done"], true) << pace.output;
  EXPECT_EQ(report["chip_authentication"]["protocol"], "CA ECDH AES-128");

  const auto bac = foyerctl("--bac " + kMrzArguments);
  ASSERT_EQ(bac.exitCode, 0) << bac.output;
  EXPECT_EQ(jsonOf(bac)["protocol"], "BAC");
  EXPECT_EQ(jsonOf(bac)["passive_authentication"]["verdict"], "valid");
}

TEST_F(PcscdWithVirtualReader, WrongMrzIsAClearAccessError) {
  insertCard();
  const auto run = foyerctl("--mrz '" + kLine1 + "' 'L898902C36UTO7408122F1204168ZE184226B<<<<<10'");
  EXPECT_EQ(run.exitCode, 1) << run.output;
  const auto report = jsonOf(run);
  ASSERT_FALSE(report.is_discarded()) << run.output;
  EXPECT_EQ(report["read"], false);
  EXPECT_EQ(report["error"]["kind"], "access denied");
}

TEST_F(PcscdWithVirtualReader, ACopiedChipFailsChipAuthenticationAndIsNotRead) {
  insertCard("--clone");
  const auto run = foyerctl(kMrzArguments);
  EXPECT_EQ(run.exitCode, 1) << run.output;
  const auto report = jsonOf(run);
  ASSERT_FALSE(report.is_discarded()) << run.output;
  EXPECT_EQ(report["error"]["kind"], "chip not genuine");
}

TEST_F(PcscdWithVirtualReader, CardPulledMidReadIsReadToTheEndWhenItComesBack) {
  // About 20 commands in, DG2 is being read; the card is away for 1.5 s.
  insertCard("--remove-after 20 --reinsert-after-ms 1500");
  const auto run = foyerctl(kMrzArguments);
  ASSERT_EQ(run.exitCode, 0) << run.output << m_card->output();
  const auto report = jsonOf(run);
  EXPECT_GE(report["resumes"].get<int>(), 1);
  EXPECT_EQ(report["passive_authentication"]["verdict"], "valid");
  EXPECT_NE(m_card->output().find("card taken away after 20 commands"), std::string::npos);
}

// Debian's mrtdreader (libmrtd, an independent BAC and SM implementation) reads the same simulated card:
// the simulator is checked by a reader we did not write. libnfc needs its pcsc driver for that, which
// Debian leaves out; `make deps` builds it (packaging/deps/build-libnfc-pcsc.sh).
TEST_F(PcscdWithVirtualReader, DebiansMrtdreaderReadsTheSimulatedCardToo) {
  const fs::path libnfc = fs::path(FOYER_SOURCE_DIR) / "build-deps" / "libnfc-pcsc" / "lib";
  ASSERT_TRUE(fs::exists(libnfc / "libnfc.so.6")) << "run make deps: libnfc with the pcsc driver is missing";
  insertCard();
  const auto run = runCommand("cd " + m_dir.string() + " && LIBNFC_DEVICE='pcsc:Foyer test reader 00 00' LD_LIBRARY_PATH=" +
                              libnfc.string() + " timeout 60 mrtdreader -p L898902C3 -b 740812 -e 120415");
  EXPECT_EQ(run.exitCode, 0) << run.output;
  EXPECT_NE(run.output.find("Saving image to image.jpg... done"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find(kLine1 + kLine2), std::string::npos) << run.output;
  const auto read = [](const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  };
  const std::string face = read(m_dir / "image.jpg");
  EXPECT_FALSE(face.empty());
  EXPECT_EQ(face, read(fs::path(FOYER_SOURCE_DIR) / "assets" / "simulator" / "specimen-face.jpg"));
}

}  // namespace
}  // namespace foyer::testing
