#include "kiosk/flow/office/signature/signature_state.hpp"

#include <charconv>
#include <optional>
#include <utility>

#include <spdlog/spdlog.h>

#include "kiosk/flow/office/capture_sequence.hpp"
#include "kiosk/flow/office/office_states.hpp"

namespace foyer::flow::office {
namespace {

// "x,y" as the screen sends it; nothing for anything else (a screen bug must not draw garbage).
std::optional<std::pair<float, float>> pointOf(std::string_view value) {
  const auto comma = value.find(',');
  if (comma == std::string_view::npos) return std::nullopt;
  float x = 0;
  float y = 0;
  const auto xs = value.substr(0, comma);
  const auto ys = value.substr(comma + 1);
  if (std::from_chars(xs.data(), xs.data() + xs.size(), x).ec != std::errc{} ||
      std::from_chars(ys.data(), ys.data() + ys.size(), y).ec != std::errc{}) {
    return std::nullopt;
  }
  return std::pair{x, y};
}

signature::InkLimits inkLimits(const config::SignatureConfig& config) {
  return {.minInk = config.minInk, .minSpan = config.minSpan, .minPoints = config.minPoints};
}

// Milliseconds since the first ink, for the stroke's timing.
std::uint32_t inkTime(StateContext& context, visit::SignatureStep& step) {
  if (!step.firstInk) step.firstInk = context.now();
  const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(context.now() - *step.firstInk);
  return static_cast<std::uint32_t>(std::clamp<std::int64_t>(elapsed.count(), 0, UINT32_MAX));
}

// Checks and renders what the pad holds; keeps it when it passes or when staff approve it.
bool keep(StateContext& context, bool approvedByStaff) {
  visit::SignatureStep& step = context.visit().signature;
  const config::SignatureConfig& config = context.config().signature;
  signature::SignatureCapture capture =
      signature::captureSignature(step.pad, config.aspectRatio, inkLimits(config), config.imageWidth);
  if (!capture.verdict.accepted && approvedByStaff && !step.pad.empty()) {
    // Staff keep it as drawn: rendered with no ink limits, the verdict kept for the clerk.
    const signature::InkVerdict refused = capture.verdict;
    capture.wipe();
    capture = signature::captureSignature(step.pad, config.aspectRatio, signature::InkLimits{0, 0, 0},
                                          config.imageWidth);
    capture.verdict = refused;
  }
  if (capture.image.empty()) {
    step.hint = capture.verdict.hint;
    spdlog::info("flow: signature refused ({})", capture.verdict.hint);
    return false;
  }
  if (step.capture) step.capture->wipe();
  step.capture = std::move(capture);
  step.approvedByStaff = approvedByStaff && !step.capture->verdict.accepted;
  step.hint.clear();
  return true;
}

}  // namespace

void SignatureState::enter(StateContext& context) { context.visit().signature.hint.clear(); }

bool SignatureState::handleIntent(StateContext& context, const Intent& intent) {
  visit::SignatureStep& step = context.visit().signature;
  switch (intent.kind) {
    case IntentKind::InkDown:
    case IntentKind::InkMove: {
      const auto point = pointOf(intent.value);
      if (!point) return true;
      const std::uint32_t ms = inkTime(context, step);
      if (intent.kind == IntentKind::InkDown) step.pad.begin(point->first, point->second, ms);
      else step.pad.extend(point->first, point->second, ms);
      step.hint.clear();
      return true;
    }
    case IntentKind::InkUp:
      step.pad.end();
      return true;
    case IntentKind::Retry:  // "Clear"
      visit::wipeSignatureStep(step);
      return true;
    case IntentKind::Confirm:
      if (keep(context, false)) finishCaptureStep(context, config::kSignatureStep);
      return true;
    case IntentKind::StaffApprove:
      if (!step.pad.empty() && keep(context, true)) finishCaptureStep(context, config::kSignatureStep);
      return true;
    case IntentKind::Back:
      context.go(previousCaptureState(context, config::kSignatureStep));
      return true;
    default:
      return false;
  }
}

std::vector<std::string_view> SignatureState::staffActions(const visit::Visit& visit) const {
  if (visit.signature.pad.empty()) return {};
  return {"approve"};
}

}  // namespace foyer::flow::office
