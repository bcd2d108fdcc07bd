// Staff supervision in the office flow: the login pad with its lockout, the panel's actions (approve,
// redo one step and resume, mark a finger, cancel the visit), its idle timeout, and the audit trail.
#include "kiosk/staff/pin_hash.hpp"
#include "tests/unit/kiosk/flow/office_flow_fixture.hpp"

namespace foyer::flow::testing {
namespace {

using fingerprint::FingerCaptured;

config::Config staffConfig() {
  config::Config config = testConfig();
  static const std::string hash = staff::hashPin("2468");  // slow on purpose: once for all tests
  config.staff.members = {{"4711", hash}};
  config.staff.maxFailures = 3;
  config.staff.lockout = seconds(300);
  config.staff.idleTimeout = seconds(120);
  config.terminal.id = "hall-1";
  return config;
}

class StaffFlow : public OfficeFlow {
 protected:
  StaffFlow() {
    m_config = staffConfig();
    m_engine.attachAudit([this](const staff::AuditEntry& entry) { m_audit.push_back(entry); });
  }
  void type(std::string_view field, std::string_view digits) {
    act(IntentKind::StaffField, std::string(field));
    for (char digit : digits) act(IntentKind::StaffKey, std::string(1, digit));
  }
  // The gesture: three taps on the staff corner.
  void openPad() {
    for (int i = 0; i < 3; ++i) act(IntentKind::StaffOpen);
  }
  void login(std::string_view id, std::string_view pin) {
    openPad();
    type("id", id);
    type("pin", pin);
    act(IntentKind::StaffLogin);
  }
  StaffView staff() { return m_engine.view().staff; }
  std::vector<std::string> actions() {
    std::vector<std::string> names;
    for (const auto& entry : m_audit) names.push_back(entry.action);
    return names;
  }
  void walkToBiometrics() {
    act(IntentKind::Start);
    act(IntentKind::ChooseLanguage, "en");
    act(IntentKind::ChooseService, "permit-biometrics");
    report(document::DocumentReadDone{m_reader.lastId, specimenReading()});
    act(IntentKind::Confirm);
    report(photo::PhotoTaken{m_camera.lastId, takenPhoto()});
    act(IntentKind::Confirm);
  }
  void place(bool good, double score = 70) {
    deliver(FingerCaptured{m_scanner.lastId, print(m_scanner.asked.back(), good, score)});
  }

  std::vector<staff::AuditEntry> m_audit;
};

TEST_F(StaffFlow, TheRightPinOpensThePanelAndTheLoginIsAudited) {
  walkToDocument();
  login("4711", "2468");
  EXPECT_EQ(staff().mode, StaffView::Mode::Panel);
  EXPECT_EQ(staff().staffId, "4711");
  ASSERT_EQ(m_audit.size(), 1U);
  EXPECT_EQ(m_audit[0].action, "login");
  EXPECT_EQ(m_audit[0].staffId, "4711");
  EXPECT_EQ(m_audit[0].terminal, "hall-1");
  EXPECT_EQ(m_audit[0].step, "document");
  EXPECT_EQ(m_audit[0].time, "2026-06-15T09:00:00Z");
  EXPECT_EQ(staff().pinDigits, 0) << "the typed PIN is gone once checked";
}

TEST_F(StaffFlow, ThreeWrongPinsLockThePanelEvenForTheRightPin) {
  walkToDocument();
  login("4711", "1111");
  EXPECT_EQ(staff().mode, StaffView::Mode::Login);
  EXPECT_EQ(staff().message, "staff.wrong_pin");
  EXPECT_EQ(staff().triesLeft, 2);
  type("id", "4711");
  type("pin", "2222");
  act(IntentKind::StaffLogin);
  type("id", "9999");  // an unknown staff number counts as a wrong PIN
  type("pin", "2468");
  act(IntentKind::StaffLogin);
  EXPECT_EQ(staff().message, "staff.locked");
  EXPECT_EQ(staff().lockedFor, seconds(300));
  type("id", "4711");
  type("pin", "2468");
  act(IntentKind::StaffLogin);
  EXPECT_EQ(staff().mode, StaffView::Mode::Login) << "locked: not even the right PIN opens it";
  EXPECT_EQ(actions(), (std::vector<std::string>{"login_failed", "login_failed", "locked", "login_refused_locked"}));
  wait(seconds(301));
  EXPECT_EQ(staff().mode, StaffView::Mode::Closed) << "the untouched pad closed meanwhile";
  login("4711", "2468");
  EXPECT_EQ(staff().mode, StaffView::Mode::Panel) << "the lock runs out";
}

TEST_F(StaffFlow, TheGestureIsThreeTapsOnTheCornerWithinAFewSeconds) {
  walkToDocument();
  act(IntentKind::StaffOpen);
  act(IntentKind::StaffOpen);
  EXPECT_EQ(staff().mode, StaffView::Mode::Closed);
  wait(seconds(5));
  act(IntentKind::StaffOpen);
  EXPECT_EQ(staff().mode, StaffView::Mode::Closed) << "the first two taps were too long ago";
  act(IntentKind::StaffOpen);
  act(IntentKind::StaffOpen);
  EXPECT_EQ(staff().mode, StaffView::Mode::Login);
}

TEST_F(StaffFlow, TheOverlayIsModalAndKeepsTheVisitorsIdleTimerAway) {
  walkToDocument();
  openPad();
  act(IntentKind::Back);
  EXPECT_EQ(m_engine.state(), "document") << "the visitor's buttons do nothing behind the staff pad";
  wait(seconds(100));
  EXPECT_FALSE(m_engine.view().idleCountdown.has_value());
  EXPECT_EQ(staff().mode, StaffView::Mode::Login);
  wait(seconds(21));
  EXPECT_EQ(staff().mode, StaffView::Mode::Closed) << "an untouched staff pad closes by itself";
}

TEST_F(StaffFlow, AnIdlePanelClosesByItselfAndSaysSoInTheAudit) {
  walkToDocument();
  login("4711", "2468");
  wait(seconds(121));
  EXPECT_EQ(staff().mode, StaffView::Mode::Closed);
  EXPECT_EQ(actions().back(), "session_timeout");
}

TEST_F(StaffFlow, RedoPhotoReturnsToThePhotoAndThenContinuesWhereTheVisitWas) {
  walkToBiometrics();
  place(true);
  ASSERT_EQ(m_engine.state(), "fingerprints");
  login("4711", "2468");
  const auto redo = staff().redo;
  EXPECT_NE(std::find(redo.begin(), redo.end(), "photo"), redo.end());
  act(IntentKind::StaffRedo, "photo");
  EXPECT_EQ(m_engine.state(), "photo");
  EXPECT_EQ(staff().mode, StaffView::Mode::Closed) << "the terminal is the visitor's again";
  EXPECT_FALSE(m_engine.visit().photo.taken.has_value()) << "the old photo is forgotten";
  report(photo::PhotoTaken{m_camera.lastId, takenPhoto()});
  act(IntentKind::Confirm);
  EXPECT_EQ(m_engine.state(), "fingerprints") << "back to the fingerprints, not to the start of them";
  EXPECT_EQ(m_scanner.asked.back(), fingerprint::kLeftIndex) << "the right hand's print is kept";
  EXPECT_EQ(m_audit.back().action, "redo");
  EXPECT_EQ(m_audit.back().detail, "photo");
  EXPECT_EQ(m_audit.back().step, "fingerprints");
}

TEST_F(StaffFlow, RedoOneHandKeepsTheOther) {
  walkToBiometrics();
  place(true);
  place(true);
  act(IntentKind::Confirm);
  ASSERT_EQ(m_engine.state(), "signature");
  login("4711", "2468");
  act(IntentKind::StaffRedo, "fingerprints:left");
  EXPECT_EQ(m_engine.state(), "fingerprints");
  EXPECT_EQ(m_scanner.asked.back(), fingerprint::kLeftIndex);
  EXPECT_TRUE(m_engine.visit().fingerprints.best[0].has_value());
  EXPECT_FALSE(m_engine.visit().fingerprints.best[1].has_value());
  place(true);
  act(IntentKind::Confirm);
  EXPECT_EQ(m_engine.state(), "signature");
}

TEST_F(StaffFlow, AMissingFingerIsRecordedAndTheNextFingerAskedFor) {
  walkToBiometrics();
  login("4711", "2468");
  const auto actions = staff().actions;
  EXPECT_NE(std::find(actions.begin(), actions.end(), "finger_missing"), actions.end());
  act(IntentKind::StaffFinger, "missing");
  EXPECT_EQ(m_scanner.asked.back(), fingerprint::kRightThumb);
  const auto& exceptions = m_engine.visit().fingerprints.plan->exceptions();
  ASSERT_EQ(exceptions.size(), 1U);
  EXPECT_EQ(exceptions[0].position, fingerprint::kRightIndex);
  EXPECT_EQ(exceptions[0].reason, fingerprint::FingerException::Missing);
  EXPECT_EQ(m_audit.back().action, "finger_missing");
}

TEST_F(StaffFlow, ApprovingKeepsAPoorPrintForTheHand) {
  walkToBiometrics();
  login("4711", "2468");
  act(IntentKind::StaffApprove);
  EXPECT_EQ(m_audit.back().action, "login") << "nothing to approve before a print was taken";
  act(IntentKind::StaffClose);
  place(false, 35);
  login("4711", "2468");
  act(IntentKind::StaffApprove);
  EXPECT_EQ(m_audit.back().action, "approve");
  EXPECT_TRUE(m_engine.visit().fingerprints.approvedByStaff[0]);
  EXPECT_EQ(m_scanner.asked.back(), fingerprint::kLeftIndex);
}

TEST_F(StaffFlow, StaffCancelTheVisitThroughCleanup) {
  walkToBiometrics();
  place(true);
  login("4711", "2468");
  act(IntentKind::StaffCancelVisit);
  EXPECT_TRUE(passedCleanup());
  EXPECT_EQ(m_engine.state(), "attract");
  EXPECT_FALSE(m_engine.visit().fingerprints.best[0].has_value());
  EXPECT_EQ(m_engine.lastAbortReason(), "cancelled by staff 4711");
  EXPECT_EQ(m_audit.back().action, "cancel_visit");
}

TEST_F(StaffFlow, PanelActionsNeedALogin) {
  walkToBiometrics();
  place(true);
  openPad();
  act(IntentKind::StaffCancelVisit);
  act(IntentKind::StaffRedo, "photo");
  EXPECT_EQ(m_engine.state(), "fingerprints");
  EXPECT_TRUE(m_engine.visit().photo.taken.has_value());
  EXPECT_TRUE(m_audit.empty());
}

}  // namespace
}  // namespace foyer::flow::testing
