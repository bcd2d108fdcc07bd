#include "kiosk/flow/office/fingerprint/fingerprint_capture_state.hpp"

#include <spdlog/spdlog.h>

#include "drivers/fingerprint/station/fingerprint_scanner.hpp"
#include "kiosk/flow/office/capture_sequence.hpp"
#include "kiosk/flow/office/fingerprint/fingerprint_exemption.hpp"
#include "kiosk/flow/office/office_states.hpp"

namespace foyer::flow::office {
namespace {

using Step = visit::FingerprintStep;
constexpr std::string_view kPlaceHint = "fingerprint.hint.place";

// A good print beats any bad one; among equals the higher score wins.
bool better(const fingerprint::CapturedFinger& candidate, const std::optional<fingerprint::CapturedFinger>& kept) {
  if (!kept) return true;
  if (candidate.pass != kept->pass) return candidate.pass;
  return candidate.score > kept->score;
}

void keepBest(Step& step, const fingerprint::CapturedFinger& print) {
  auto& kept = step.best[static_cast<std::size_t>(fingerprint::handOf(print.position))];
  if (!better(print, kept)) return;
  if (kept) kept->wipe();
  kept = print;
}

// Staff may keep the hand's best print once there is one.
bool canApprove(const Step& step) {
  return step.plan && !step.complete() && step.best[static_cast<std::size_t>(fingerprint::handOf(step.finger))].has_value();
}

Step::Problem problemOf(fingerprint::ScannerFailed::Kind kind) {
  using K = fingerprint::ScannerFailed::Kind;
  switch (kind) {
    case K::NoScanner: return Step::Problem::NoScanner;
    case K::Removed: return Step::Problem::ScannerLost;
    case K::Error: return Step::Problem::OutOfOrder;
  }
  return Step::Problem::OutOfOrder;
}

// Asks the scanner for the plan's current finger, or stops it when the plan is complete.
void askForCurrentFinger(StateContext& context) {
  Step& step = context.visit().fingerprints;
  fingerprint::FingerprintScanner* scanner = context.devices().fingerprintScanner;
  const auto finger = step.plan->current();
  step.finger = finger.value_or(0);
  if (!finger) {
    if (scanner != nullptr) scanner->stop();
    step.attemptId = 0;
    return;
  }
  step.attemptId = scanner->start(*finger);
}

std::chrono::year_month_day today(const StateContext& context) {
  return std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(context.wallTime()));
}

}  // namespace

void FingerprintCaptureState::enter(StateContext& context) {
  visit::Visit& visit = context.visit();
  Step& step = visit.fingerprints;
  const config::FingerprintConfig& config = context.config().fingerprint;
  if (!step.plan) {
    const bool exempt = youngerThan(visit.identity ? visit.identity->birthDate : std::nullopt, config.exemptBelowAge,
                                    today(context));
    step.plan.emplace(config.attemptsPerFinger, exempt);
    if (exempt) {
      spdlog::info("flow: visitor below {} years: no fingerprints", config.exemptBelowAge);
      finishCaptureStep(context, config::kFingerprintsStep);
      return;
    }
  }
  step.problem = Step::Problem::None;
  if (step.plan->complete()) {
    step.finger = 0;
    return;  // staff sent the visitor back here after both prints: the screen shows them
  }
  if (context.devices().fingerprintScanner == nullptr) {
    step.problem = Step::Problem::OutOfOrder;
    context.go(kFingerprintsProblem);
    return;
  }
  step.hint = std::string(kPlaceHint);
  step.lastGood = false;
  askForCurrentFinger(context);
}

void FingerprintCaptureState::exit(StateContext& context) {
  if (fingerprint::FingerprintScanner* scanner = context.devices().fingerprintScanner) scanner->stop();
  context.visit().fingerprints.attemptId = 0;
}

bool FingerprintCaptureState::handleIntent(StateContext& context, const Intent& intent) {
  visit::Visit& visit = context.visit();
  Step& step = visit.fingerprints;
  if (intent.kind == IntentKind::Confirm && step.complete()) {
    finishCaptureStep(context, config::kFingerprintsStep);
    return true;
  }
  if (intent.kind == IntentKind::Back) {
    context.go(previousCaptureState(context, config::kFingerprintsStep));
    return true;
  }
  if (intent.kind == IntentKind::StaffFinger && step.plan && !step.complete()) {
    const auto reason = intent.value == "bandaged" ? fingerprint::FingerException::Bandaged
                                                   : fingerprint::FingerException::Missing;
    spdlog::info("flow: staff marked {} as {}", fingerprint::fingerName(step.finger),
                 fingerprint::fingerExceptionName(reason));
    step.plan->unavailable(reason);
    step.hint = std::string(kPlaceHint);
    step.lastGood = false;
    askForCurrentFinger(context);
    return true;
  }
  if (intent.kind == IntentKind::StaffApprove && canApprove(step)) {
    const int hand = fingerprint::handOf(step.finger);
    step.approvedByStaff[static_cast<std::size_t>(hand)] = true;
    // The hand's best print stands for it, whichever finger it came from.
    step.plan->approve();
    step.hint = std::string(kPlaceHint);
    step.lastGood = true;
    askForCurrentFinger(context);
    return true;
  }
  return false;
}

std::vector<std::string_view> FingerprintCaptureState::staffActions(const visit::Visit& visit) const {
  const Step& step = visit.fingerprints;
  if (!step.plan || step.complete()) return {};
  std::vector<std::string_view> actions{"finger_missing", "finger_bandaged"};
  if (canApprove(step)) actions.insert(actions.begin(), "approve");
  return actions;
}

bool FingerprintCaptureState::handleEvent(StateContext& context, const Event& event) {
  visit::Visit& visit = context.visit();
  Step& step = visit.fingerprints;
  if (const auto* captured = std::get_if<fingerprint::FingerCaptured>(&event)) {
    if (captured->attemptId != step.attemptId || !step.plan) return true;  // a stopped attempt
    context.visitorPresent();
    const fingerprint::CapturedFinger& print = captured->finger;
    // The score only: it says nothing about the person. The print itself never reaches a log.
    spdlog::info("flow: {} read, score {:.0f}, {}", fingerprint::fingerName(print.position), print.score,
                 print.pass ? "good" : "not good enough");
    keepBest(step, print);
    if (step.last) step.last->wipe();
    step.last = print;
    ++visit.fingerprintSerial;
    step.lastGood = print.pass;
    step.hint = print.pass ? std::string(kPlaceHint) : print.hint;
    step.plan->captured(print.pass);
    askForCurrentFinger(context);
    return true;
  }
  if (const auto* retry = std::get_if<fingerprint::FingerRetry>(&event)) {
    if (retry->attemptId != step.attemptId) return true;
    context.visitorPresent();
    step.lastGood = false;
    step.hint = retry->hint;  // the scanner reads again by itself: no try is used
    return true;
  }
  if (const auto* failed = std::get_if<fingerprint::ScannerFailed>(&event)) {
    if (failed->attemptId != step.attemptId) return true;
    spdlog::warn("flow: fingerprint scanner: {}", failed->message);
    step.problem = problemOf(failed->kind);
    context.go(kFingerprintsProblem);
    return true;
  }
  return false;
}

}  // namespace foyer::flow::office
