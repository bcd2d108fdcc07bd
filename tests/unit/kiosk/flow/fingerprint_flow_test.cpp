// The fingerprint step of the office visit on a scripted scanner: which finger is asked for, a bad print
// keeping the finger with an instruction, the fall-back after the last try, the best print kept per
// hand, children exempt, a lost scanner, and that nothing of a print outlives the visit.
#include "kiosk/flow/office/fingerprint/fingerprint_exemption.hpp"
#include "tests/unit/kiosk/flow/office_flow_fixture.hpp"

namespace foyer::flow::testing {
namespace {

using fingerprint::FingerCaptured;
using fingerprint::kLeftIndex;
using fingerprint::kRightIndex;
using fingerprint::kRightThumb;

class FingerprintFlow : public OfficeFlow {
 protected:
  void walkToFingerprints(document::IdentityReading reading = specimenReading()) {
    act(IntentKind::Start);
    act(IntentKind::ChooseLanguage, "en");
    act(IntentKind::ChooseService, "permit-fingers");
    report(document::DocumentReadDone{m_reader.lastId, std::move(reading)});
    act(IntentKind::Confirm);
  }
  void place(bool good, double score = 70) {
    deliver(FingerCaptured{m_scanner.lastId, print(m_scanner.asked.back(), good, score)});
  }
  const visit::FingerprintStep& step() { return m_engine.visit().fingerprints; }
};

TEST_F(FingerprintFlow, TheRightThenTheLeftIndexFingerAreAskedForAndTheVisitGoesOn) {
  walkToFingerprints();
  ASSERT_EQ(m_engine.state(), "fingerprints");
  EXPECT_EQ(m_scanner.asked, std::vector<int>{kRightIndex});
  EXPECT_EQ(step().hint, "fingerprint.hint.place");
  place(true);
  EXPECT_TRUE(step().lastGood);
  EXPECT_EQ(m_scanner.asked, (std::vector<int>{kRightIndex, kLeftIndex}));
  place(true);
  EXPECT_TRUE(step().complete());
  EXPECT_FALSE(m_scanner.running) << "the scanner stops once both prints are taken";
  EXPECT_EQ(m_engine.state(), "fingerprints") << "both prints are shown before the visit goes on";
  act(IntentKind::Confirm);
  EXPECT_EQ(m_engine.state(), "summary");
  ASSERT_TRUE(step().best[0] && step().best[1]);
  EXPECT_EQ(step().best[0]->position, kRightIndex);
  EXPECT_EQ(step().best[1]->position, kLeftIndex);
}

TEST_F(FingerprintFlow, ABadPrintKeepsTheFingerAndSaysWhatToDo) {
  walkToFingerprints();
  place(false, 30);
  EXPECT_FALSE(step().lastGood);
  EXPECT_EQ(step().hint, "fingerprint.hint.harder");
  EXPECT_EQ(step().finger, kRightIndex);
  EXPECT_EQ(m_scanner.asked.size(), 2U) << "a new attempt on the same finger";
  EXPECT_EQ(step().plan->attempts(), 1);
}

TEST_F(FingerprintFlow, AfterTheLastTryTheThumbIsAskedForAndTheBestPrintIsKept) {
  walkToFingerprints();
  place(false, 30);
  place(false, 45);
  place(false, 20);
  EXPECT_EQ(step().finger, kRightThumb);
  ASSERT_TRUE(step().best[0]);
  EXPECT_EQ(step().best[0]->score, 45) << "the best of the three tries stands for the hand so far";
  place(true, 60);
  EXPECT_EQ(step().best[0]->position, kRightThumb) << "a good print beats any bad one";
  EXPECT_EQ(step().finger, kLeftIndex);
}

TEST_F(FingerprintFlow, TheScannersOwnRetryShowsItsInstructionWithoutUsingATry) {
  walkToFingerprints();
  deliver(fingerprint::FingerRetry{m_scanner.lastId, "fingerprint.hint.lift"});
  EXPECT_EQ(step().hint, "fingerprint.hint.lift");
  EXPECT_EQ(step().plan->attempts(), 0);
  EXPECT_EQ(m_scanner.asked.size(), 1U) << "the scanner goes on reading by itself";
}

TEST_F(FingerprintFlow, AReportOfAStoppedAttemptIsIgnored) {
  walkToFingerprints();
  deliver(FingerCaptured{m_scanner.lastId + 3, print(kRightIndex, true, 90)});
  EXPECT_FALSE(step().best[0].has_value());
  EXPECT_EQ(step().finger, kRightIndex);
}

TEST_F(FingerprintFlow, ChildrenBelowTheExemptionAgeGiveNoFingerprints) {
  document::IdentityReading child = specimenReading();
  const auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(m_clock.wallTime()));
  child.birthDate = document::mrz::MrzDate{static_cast<int>(today.year()) - 4, 3, 1};
  walkToFingerprints(child);
  EXPECT_EQ(m_engine.state(), "summary");
  EXPECT_TRUE(m_scanner.asked.empty());
  ASSERT_TRUE(step().plan);
  ASSERT_EQ(step().plan->exceptions().size(), 1U);
  EXPECT_EQ(step().plan->exceptions()[0].reason, fingerprint::FingerException::Exempt);
}

TEST_F(FingerprintFlow, ASixYearOldGivesFingerprints) {
  document::IdentityReading six = specimenReading();
  const auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(m_clock.wallTime()));
  six.birthDate = document::mrz::MrzDate{static_cast<int>(today.year()) - 6, static_cast<int>(unsigned(today.month())),
                               static_cast<int>(unsigned(today.day()))};  // the sixth birthday is today
  walkToFingerprints(six);
  EXPECT_EQ(m_engine.state(), "fingerprints");
}

TEST_F(FingerprintFlow, AnUnpluggedScannerShowsAProblemAndRetryContinuesWithTheSameFinger) {
  walkToFingerprints();
  place(true);
  deliver(fingerprint::ScannerFailed{m_scanner.lastId, fingerprint::ScannerFailed::Kind::Removed, "unplugged"});
  EXPECT_EQ(m_engine.state(), "fingerprints.problem");
  EXPECT_EQ(step().problem, visit::FingerprintStep::Problem::ScannerLost);
  EXPECT_FALSE(m_scanner.running);
  act(IntentKind::Retry);
  EXPECT_EQ(m_engine.state(), "fingerprints");
  EXPECT_EQ(m_scanner.asked.back(), kLeftIndex) << "the right hand's print is kept";
  EXPECT_TRUE(step().best[0].has_value());
}

TEST_F(FingerprintFlow, WithoutAScannerTheStepIsOutOfOrder) {
  m_engine.attach(Devices{.documentReader = &m_reader, .photoCamera = &m_camera});
  walkToFingerprints();
  EXPECT_EQ(m_engine.state(), "fingerprints.problem");
  EXPECT_EQ(step().problem, visit::FingerprintStep::Problem::OutOfOrder);
}

TEST_F(FingerprintFlow, TheVisitsEndWipesEveryPrint) {
  walkToFingerprints();
  place(false, 40);
  act(IntentKind::Cancel);
  act(IntentKind::ConfirmCancel);
  EXPECT_TRUE(passedCleanup());
  EXPECT_FALSE(step().plan.has_value());
  EXPECT_FALSE(step().best[0].has_value());
  EXPECT_FALSE(step().last.has_value());
  EXPECT_FALSE(m_scanner.running);
}

TEST_F(FingerprintFlow, AllThreeCaptureStepsComeInTheirFixedOrderAndBackRetracesThem) {
  act(IntentKind::Start);
  act(IntentKind::ChooseLanguage, "en");
  act(IntentKind::ChooseService, "permit-biometrics");
  report(document::DocumentReadDone{m_reader.lastId, specimenReading()});
  act(IntentKind::Confirm);
  ASSERT_EQ(m_engine.state(), "photo");
  report(photo::PhotoTaken{m_camera.lastId, takenPhoto()});
  act(IntentKind::Confirm);
  ASSERT_EQ(m_engine.state(), "fingerprints");
  EXPECT_EQ(m_engine.view().step, 5);
  EXPECT_EQ(m_engine.view().stepCount, 7);
  place(true);
  place(true);
  act(IntentKind::Confirm);
  EXPECT_EQ(m_engine.state(), "signature");
  act(IntentKind::Back);
  EXPECT_EQ(m_engine.state(), "fingerprints");
  act(IntentKind::Back);
  EXPECT_EQ(m_engine.state(), "photo.result");
}

}  // namespace
}  // namespace foyer::flow::testing

namespace foyer::flow::office {
namespace {

using namespace std::chrono;
using document::mrz::MrzDate;

TEST(FingerprintExemption, OnlyACertainlyYoungerVisitorIsExempt) {
  const year_month_day today = 2026y / November / 25d;
  EXPECT_TRUE(youngerThan(MrzDate{2020, 11, 26}, 6, today)) << "six tomorrow";
  EXPECT_FALSE(youngerThan(MrzDate{2020, 11, 25}, 6, today)) << "six today";
  EXPECT_FALSE(youngerThan(MrzDate{2020, 0, 0}, 6, today)) << "unknown month and day: could be six already";
  EXPECT_TRUE(youngerThan(MrzDate{2021, 0, 0}, 6, today)) << "born 2021: certainly five at most";
  EXPECT_FALSE(youngerThan(std::nullopt, 6, today)) << "no birth date exempts nobody";
  EXPECT_FALSE(youngerThan(MrzDate{2024, 1, 1}, 0, today)) << "age 0: nobody is exempt";
}

TEST(FingerprintExemption, ALeapDayBirthdayComesOnTheFirstOfMarch) {
  EXPECT_TRUE(youngerThan(MrzDate{2020, 2, 29}, 6, 2026y / February / 28d));
  EXPECT_FALSE(youngerThan(MrzDate{2020, 2, 29}, 6, 2026y / March / 1d));
}

}  // namespace
}  // namespace foyer::flow::office
