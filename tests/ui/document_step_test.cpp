// The document step as a visitor meets it, on the real kiosk with a real pcscd, vpcd and the simulated
// chip: the camera reads the printed MRZ, the chip is read and verified, and every problem a visitor can
// run into (no MRZ, wrong data, no chip, an expired or unknown document, the card pulled away) ends in a
// clear screen and a safe state.
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>

#include "tests/integration/child_process.hpp"
#include "tests/integration/private_pcscd.hpp"
#include "tests/support/synthetic_document.hpp"
#include "tests/ui/kiosk_driver.hpp"

namespace foyer::testing {
namespace {

namespace fs = std::filesystem;
using document::StaffNote;

// The specimen of assets/simulator (valid until 2031) and one that expired in 2012.
const std::vector<std::string> kSpecimen{"P<UTOMUSTERFRAU<<ERIKA<<<<<<<<<<<<<<<<<<<<<<",
                                         "C01X00T478UTO8308126F3101012<<<<<<<<<<<<<<04"};
const std::vector<std::string> kExpired{"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                                        "L898902C36UTO7408122F1204159ZE184226B<<<<<10"};

class DocumentStep : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::path(::testing::TempDir()) / ("foyer-document-step-" + std::to_string(getpid()));
    fs::remove_all(m_dir);
    m_pcscd = std::make_unique<PrivatePcscd>(m_dir);
    const std::string problem = m_pcscd->start();
    ASSERT_TRUE(problem.empty()) << problem;
  }

  void TearDown() override {
    m_kiosk.reset();
    m_card.reset();
    m_pcscd.reset();
  }

  // The simulated chip on the reader; `extra` adds simulator options.
  void insertCard(const std::vector<std::string>& mrz, const std::string& extra = "") {
    m_card = m_pcscd->insertCard(FOYER_EMRTD_SIM_BINARY, mrz, extra);
    ASSERT_TRUE(m_card) << "the simulated card did not get onto the reader; see " << (m_dir / "card.log");
  }

  // What the document camera sees: a synthetic document with this MRZ, or one without any.
  fs::path cameraPicture(const std::vector<std::string>& mrz) {
    fs::create_directories(m_dir);
    const fs::path file = m_dir / "camera.png";
    const auto picture = mrz.empty() ? documentWithoutMrz(document::mrz::Format::TD3, 7)
                                     : renderDocument(document::mrz::Format::TD3, mrz, {}, 7);
    cv::imwrite(file.string(), picture.image);
    return file;
  }

  KioskDriver& startKiosk(const fs::path& camera, const std::string& language = "en", bool trust = true,
                          std::chrono::seconds chipWait = std::chrono::seconds(2)) {
    m_kiosk = std::make_unique<KioskDriver>(DriverOptions{
        .width = 1920, .height = 1080, .renderer = {}, .adjust = [&](config::Config& config) {
          config.document.camera = camera.string();
          config.document.reader = "";  // this test's pcscd has the one reader
          config.document.csca = trust ? m_dir / "csca.pem" : fs::path();
          config.document.chipWait = chipWait;
        }});
    KioskDriver& kiosk = *m_kiosk;
    kiosk.tap("attract.start");
    kiosk.tap("lang." + language);
    kiosk.tap("service.address-change");  // no photo step: the document test ends at the summary
    return kiosk;
  }

  bool reaches(const std::string& state) {
    return m_kiosk->framesUntil([&] { return m_kiosk->state() == state; });
  }

  const visit::Visit& visit() { return m_kiosk->app().flow().visit(); }

  fs::path m_dir;
  std::unique_ptr<PrivatePcscd> m_pcscd;
  std::unique_ptr<ChildProcess> m_card;
  std::unique_ptr<KioskDriver> m_kiosk;
};

TEST_F(DocumentStep, ReadsMrzAndChipShowsThePersonAndWipesItAllWhenTheVisitEnds) {
  insertCard(kSpecimen);
  KioskDriver& kiosk = startKiosk(cameraPicture(kSpecimen));
  ASSERT_TRUE(reaches("document.check")) << kiosk.state();
  ASSERT_TRUE(visit().identity.has_value());
  const document::IdentityReading& id = *visit().identity;
  EXPECT_TRUE(id.fromChip);
  EXPECT_EQ(id.chipProtocol, "PACE id-PACE-ECDH-GM-AES-CBC-CMAC-128");
  EXPECT_EQ(id.passiveAuthentication, "valid") << id.passiveAuthReason;
  EXPECT_EQ(id.chipAuthentication, "CA ECDH AES-128") << "the chip proved it is no copy";
  EXPECT_EQ(id.surname, "MUSTERFRAU");
  EXPECT_EQ(id.givenNames, "ERIKA");
  EXPECT_EQ(id.documentNumber, "C01X00T47");
  EXPECT_EQ(id.birthDate->iso(), "1983-08-12");
  EXPECT_GT(id.face.width, 100) << "the portrait from DG2 is decoded for the screen";
  EXPECT_TRUE(id.notes.empty()) << "a valid, current, verified passport needs no staff attention";
  EXPECT_TRUE(kiosk.hasWidget("check.confirm"));
  kiosk.screenshot("document-1920x1080-en-check");

  kiosk.tap("check.confirm");
  ASSERT_EQ(kiosk.state(), "summary");
  kiosk.tap("nav.cancel");
  kiosk.tap("cancel.confirm");
  EXPECT_EQ(kiosk.state(), "attract");
  EXPECT_FALSE(visit().identity.has_value()) << "name, dates and face are gone with the visit";
  EXPECT_TRUE(visit().document.typed.documentNumber.empty());
}

TEST_F(DocumentStep, RightToLeftCheckScreenKeepsNumbersLeftToRight) {
  insertCard(kSpecimen);
  KioskDriver& kiosk = startKiosk(cameraPicture(kSpecimen), "ar");
  ASSERT_TRUE(reaches("document.check")) << kiosk.state();
  // Arabic: the confirming button sits at the left end, where reading ends.
  EXPECT_LT(kiosk.widget("check.confirm").rect.x, kiosk.widget("check.retry").rect.x);
  kiosk.screenshot("document-1920x1080-ar-check");
}

TEST_F(DocumentStep, UnreadableMrzOffersTypingAndWrongTypedDataIsRefusedByTheChip) {
  insertCard(kSpecimen);
  KioskDriver& kiosk = startKiosk(cameraPicture({}));
  ASSERT_EQ(kiosk.state(), "document");
  kiosk.screenshot("document-1920x1080-en-place");
  kiosk.advance(std::chrono::seconds(21));
  ASSERT_EQ(kiosk.state(), "document.problem");
  EXPECT_EQ(visit().document.problem, visit::DocumentStep::Problem::MrzUnreadable);
  kiosk.screenshot("document-1920x1080-en-problem-mrz-unreadable");

  kiosk.tap("problem.type");
  ASSERT_EQ(kiosk.state(), "document.typing");
  for (const char* key : {"C", "0", "1", "X", "0", "0", "T", "4", "8"}) kiosk.tap(std::string("key.") + key);  // last digit wrong
  kiosk.tap("typing.birth");
  for (const char* key : {"1", "2", "0", "8", "1", "9", "8", "3"}) kiosk.tap(std::string("key.") + key);
  EXPECT_EQ(visit().document.typed.active, visit::TypedAccessData::Field::ExpiryDate) << "a full date moves on";
  for (const char* key : {"0", "1", "0", "1", "2", "0", "3", "1"}) kiosk.tap(std::string("key.") + key);
  kiosk.screenshot("document-1920x1080-en-typing");
  kiosk.tap("typing.confirm");
  ASSERT_TRUE(reaches("document.problem")) << kiosk.state();
  EXPECT_EQ(visit().document.problem, visit::DocumentStep::Problem::AccessDenied);
  kiosk.screenshot("document-1920x1080-en-problem-access-denied");

  // Correct the number: the chip opens with the typed data.
  kiosk.tap("problem.type");
  kiosk.tap("typing.number");
  kiosk.tap("key.backspace");
  kiosk.tap("key.7");
  kiosk.tap("typing.confirm");
  ASSERT_TRUE(reaches("document.check")) << kiosk.state();
  EXPECT_TRUE(visit().identity->fromChip);
  EXPECT_EQ(visit().identity->surname, "MUSTERFRAU");
  EXPECT_TRUE(visit().identity->has(StaffNote::TypedByVisitor));
}

TEST_F(DocumentStep, TypingRejectsImpossibleDatesBeforeAskingTheChip) {
  KioskDriver& kiosk = startKiosk(cameraPicture({}));
  kiosk.advance(std::chrono::seconds(21));
  kiosk.tap("problem.type");
  for (const char* key : {"C", "0", "1", "X", "0"}) kiosk.tap(std::string("key.") + key);
  kiosk.tap("typing.birth");
  for (const char* key : {"3", "1", "0", "2", "1", "9", "9", "0"}) kiosk.tap(std::string("key.") + key);  // 31 Feb
  kiosk.tap("typing.confirm");
  EXPECT_EQ(kiosk.state(), "document.typing");
  EXPECT_EQ(visit().document.typed.error, "typing.error_birth");
  EXPECT_EQ(visit().document.typed.active, visit::TypedAccessData::Field::BirthDate);
  kiosk.screenshot("document-1920x1080-en-typing-error");
}

TEST_F(DocumentStep, NoChipContinuesWithThePrintedMrzMarkedForStaff) {
  KioskDriver& kiosk = startKiosk(cameraPicture(kSpecimen));  // no card on the reader
  ASSERT_TRUE(reaches("document.check")) << kiosk.state();
  const document::IdentityReading& id = *visit().identity;
  EXPECT_FALSE(id.fromChip);
  EXPECT_TRUE(id.has(StaffNote::ChipAbsent));
  EXPECT_EQ(id.surname, "MUSTERFRAU") << "the printed MRZ still gives the data";
  EXPECT_TRUE(id.face.rgba.empty());
  kiosk.screenshot("document-1920x1080-en-check-no-chip");
  kiosk.tap("check.confirm");
  EXPECT_EQ(kiosk.state(), "summary");
}

TEST_F(DocumentStep, ExpiredDocumentFromAnUnknownIssuerIsShownAndMarkedForStaff) {
  insertCard(kExpired);
  KioskDriver& kiosk = startKiosk(cameraPicture(kExpired), "de", /*trust=*/false);
  ASSERT_TRUE(reaches("document.check")) << kiosk.state();
  const document::IdentityReading& id = *visit().identity;
  EXPECT_TRUE(id.fromChip);
  EXPECT_EQ(id.passiveAuthentication, "issuer unknown");
  EXPECT_TRUE(id.has(StaffNote::IssuerUnknown));
  EXPECT_TRUE(id.has(StaffNote::Expired));
  kiosk.screenshot("document-1920x1080-de-check-expired");
  kiosk.tap("check.confirm");
  EXPECT_EQ(kiosk.state(), "summary") << "the visit goes on; staff decide";
}

TEST_F(DocumentStep, CardPulledMidReadShowsPutItBackAndTheReadResumes) {
  insertCard(kSpecimen, "--remove-after 12 --reinsert-after-ms 1500");
  KioskDriver& kiosk = startKiosk(cameraPicture(kSpecimen));
  ASSERT_TRUE(kiosk.framesUntil([&] { return visit().document.phase == visit::DocumentStep::Phase::CardRemoved; }))
      << kiosk.state();
  kiosk.screenshot("document-1920x1080-en-card-removed");
  ASSERT_TRUE(reaches("document.check")) << kiosk.state();
  EXPECT_EQ(visit().identity->chipResumes, 1);
  EXPECT_EQ(visit().identity->passiveAuthentication, "valid");
}

TEST_F(DocumentStep, LeavingWhileTheChipIsAwaitedEndsTheWaitSoTheNextReadStartsAtOnce) {
  // A minute of chip wait: without cancelling it, the second read could not start within the limit below.
  KioskDriver& kiosk = startKiosk(cameraPicture(kSpecimen), "en", true, std::chrono::seconds(60));
  using Phase = visit::DocumentStep::Phase;
  ASSERT_TRUE(kiosk.framesUntil([&] { return visit().document.phase == Phase::WaitingForChip; })) << kiosk.state();
  kiosk.tap("nav.back");
  kiosk.tap("service.address-change");
  const std::uint64_t second = visit().document.readId;
  EXPECT_TRUE(kiosk.framesUntil(
      [&] { return visit().document.readId == second && visit().document.phase == Phase::WaitingForChip; },
      std::chrono::seconds(20)))
      << "the first read's wait for a chip still blocks the station";
}

TEST_F(DocumentStep, ACopiedChipSendsTheVisitorToStaffWithoutTypingOrData) {
  insertCard(kSpecimen, "--clone");
  KioskDriver& kiosk = startKiosk(cameraPicture(kSpecimen));
  ASSERT_TRUE(reaches("document.problem")) << kiosk.state();
  EXPECT_EQ(visit().document.problem, visit::DocumentStep::Problem::NotGenuine);
  EXPECT_FALSE(visit().identity.has_value());
  EXPECT_FALSE(kiosk.hasWidget("problem.type")) << "typing the data cannot help";
  EXPECT_TRUE(kiosk.hasWidget("nav.help"));
  kiosk.screenshot("document-1920x1080-en-problem-not-genuine");
}

TEST_F(DocumentStep, NoCameraLeadsToTypingInsteadOfWaiting) {
  KioskDriver& kiosk = startKiosk(m_dir / "no-such-camera.png");
  ASSERT_TRUE(reaches("document.problem")) << kiosk.state();
  EXPECT_EQ(visit().document.problem, visit::DocumentStep::Problem::NoCamera);
  EXPECT_TRUE(kiosk.hasWidget("problem.type"));
}

TEST_F(DocumentStep, BackDuringTheReadStopsItAndReturnsToTheServices) {
  KioskDriver& kiosk = startKiosk(cameraPicture({}));
  ASSERT_EQ(kiosk.state(), "document");
  kiosk.tap("nav.back");
  EXPECT_EQ(kiosk.state(), "service");
  kiosk.advance(std::chrono::seconds(25));
  EXPECT_EQ(kiosk.state(), "service") << "the stopped read's timer must not fire";
}

}  // namespace
}  // namespace foyer::testing
