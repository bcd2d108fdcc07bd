#include "kiosk/flow/office/done_state.hpp"

#include "kiosk/flow/office/office_states.hpp"

namespace foyer::flow::office {
namespace {
constexpr std::string_view kLeaveTimer = "leave";
constexpr std::chrono::seconds kShownFor{10};
}  // namespace

void DoneState::enter(StateContext& context) { context.startTimer(std::string(kLeaveTimer), kShownFor); }

bool DoneState::handleIntent(StateContext& context, const Intent& intent) {
  if (intent.kind != IntentKind::Confirm) return false;
  context.go(kCleanupWipe);
  return true;
}

bool DoneState::handleEvent(StateContext& context, const Event& event) {
  const auto* timer = std::get_if<TimerExpired>(&event);
  if (timer == nullptr || timer->name != kLeaveTimer) return false;
  context.go(kCleanupWipe);
  return true;
}

}  // namespace foyer::flow::office
