// Staff supervision: the login pad, the panel's actions, the audit trail. Part of FlowEngine; the
// staff overlay is modal, so nothing the visitor touches acts while it is open.
#include <algorithm>
#include <utility>

#include <spdlog/spdlog.h>

#include "kiosk/flow/engine_timers.hpp"
#include "kiosk/flow/flow_engine.hpp"

namespace foyer::flow {
namespace {

constexpr std::size_t kStaffGestureTaps = 3;
constexpr auto kStaffGestureWindow = std::chrono::seconds(4);

// "fingerprints:left" -> {"fingerprints", "left"}
std::pair<std::string_view, std::string_view> splitRedo(std::string_view value) {
  const auto colon = value.find(':');
  if (colon == std::string_view::npos) return {value, {}};
  return {value.substr(0, colon), value.substr(colon + 1)};
}

}  // namespace

void FlowEngine::handleStaffIntent(const Intent& intent) {
  if (m_current->kind == StateKind::Cleanup) return;
  const TimePoint now = m_clock.now();
  switch (intent.kind) {
    case IntentKind::StaffOpen:
      if (m_staff.mode() != StaffSession::Mode::Closed) return;
      // The discreet gesture: three taps on the corner within a few seconds. One stray touch there
      // does nothing a visitor would notice.
      std::erase_if(m_staffTaps, [&](TimePoint tap) { return now - tap > kStaffGestureWindow; });
      m_staffTaps.push_back(now);
      if (m_staffTaps.size() < kStaffGestureTaps) return;
      m_staffTaps.clear();
      m_staff.openLogin();
      m_idlePromptOpen = false;
      m_timers.cancel(kIdleCountdownTimer);
      m_timers.cancel(kIdleTimer);
      restartStaffTimer();
      return;
    case IntentKind::StaffField:
      m_staff.select(intent.value);
      restartStaffTimer();
      return;
    case IntentKind::StaffKey:
      m_staff.key(intent.value);
      restartStaffTimer();
      return;
    case IntentKind::StaffLogin: {
      if (m_staff.mode() != StaffSession::Mode::Login) return;
      const bool wasLocked = m_staff.lockout().locked(now);
      switch (m_staff.login(now)) {
        case StaffSession::LoginResult::Opened:
          spdlog::info("flow: staff {} opened the supervisor panel in '{}'", m_staff.staffId(), m_current->id);
          audit("login");
          break;
        case StaffSession::LoginResult::Wrong:
          spdlog::warn("flow: wrong staff PIN ({} tries left)", m_staff.lockout().triesLeft(now));
          audit("login_failed");
          break;
        case StaffSession::LoginResult::Locked:
          spdlog::warn("flow: staff panel locked for {} s", m_staff.lockout().remaining(now).count());
          audit(wasLocked ? "login_refused_locked" : "locked");
          break;
      }
      restartStaffTimer();
      return;
    }
    case IntentKind::StaffClose:
      closeStaff(m_staff.mode() == StaffSession::Mode::Panel ? "logout" : "");
      return;
    default:
      break;
  }
  // The panel's actions: only with a staff member logged in.
  if (m_staff.mode() != StaffSession::Mode::Panel) return;
  restartStaffTimer();
  switch (intent.kind) {
    case IntentKind::StaffApprove:
      if (!staffActionAllowed("approve")) return;
      audit("approve");
      m_current->state->handleIntent(stateContext(), intent);
      closeStaff("");  // the visitor carries on
      return;
    case IntentKind::StaffFinger: {
      const std::string action = "finger_" + intent.value;
      if (!staffActionAllowed(action)) return;
      audit(action);
      m_current->state->handleIntent(stateContext(), intent);
      return;  // staff may mark the next finger too
    }
    case IntentKind::StaffRedo:
      staffRedo(intent.value);
      return;
    case IntentKind::StaffCancelVisit:
      if (m_current->kind != StateKind::Step) return;
      audit("cancel_visit");
      closeStaff("");
      requestAbort("cancelled by staff " + m_staff.staffId());
      return;
    default:
      return;
  }
}

void FlowEngine::staffRedo(std::string_view value) {
  const auto choices = staffRedoChoices();
  if (std::find(choices.begin(), choices.end(), value) == choices.end()) return;
  const auto [name, choice] = splitRedo(value);
  const RedoSpec* redo = m_graph.findRedo(name);
  audit("redo", std::string(value));
  // Back to where the visitor is now once the step is done again, when that lies after it.
  const std::string_view here = m_graph.stepEntry(m_current->id);
  m_visit.resumeAt = m_graph.before(redo->entry, here) ? std::string(here) : std::string();
  redo->reset(m_visit, choice);
  closeStaff("");
  m_pending = redo->entry;
  m_staffJump = true;
}

void FlowEngine::closeStaff(std::string_view why) {
  if (m_staff.mode() == StaffSession::Mode::Closed) return;
  if (!why.empty() && m_staff.mode() == StaffSession::Mode::Panel) audit(why);
  m_staff.close();
  m_timers.cancel(kStaffIdleTimer);
  restartIdleTimer();
}

void FlowEngine::restartStaffTimer() { m_timers.start(std::string(kStaffIdleTimer), m_clock.now() + m_config.staff.idleTimeout); }

void FlowEngine::audit(std::string_view action, std::string detail) {
  const StateSpec& spec = *m_current;
  staff::AuditEntry entry{.time = staff::isoUtc(m_clock.wallTime()),
                          .terminal = m_config.terminal.id,
                          .staffId = m_staff.staffId(),
                          .action = std::string(action),
                          .step = spec.kind == StateKind::Step ? std::string(m_graph.stepEntry(spec.id)) : std::string(),
                          .visit = m_visit.number,
                          .detail = std::move(detail)};
  spdlog::info("audit: staff {} {} in '{}' {}", entry.staffId, entry.action, spec.id, entry.detail);
  if (m_audit) m_audit(entry);
}

bool FlowEngine::staffActionAllowed(std::string_view action) const {
  if (m_current->kind != StateKind::Step) return false;
  const auto actions = m_current->state->staffActions(m_visit);
  return std::find(actions.begin(), actions.end(), action) != actions.end();
}

std::vector<std::string> FlowEngine::staffRedoChoices() const {
  std::vector<std::string> values;
  if (m_current->kind != StateKind::Step) return values;
  for (const RedoSpec& redo : m_graph.redos()) {
    for (const std::string& choice : redo.choices(m_visit)) {
      values.push_back(choice.empty() ? redo.name : redo.name + ":" + choice);
    }
  }
  return values;
}

StaffView FlowEngine::staffView() const {
  StaffView view;
  const TimePoint now = m_clock.now();
  switch (m_staff.mode()) {
    case StaffSession::Mode::Closed: return view;
    case StaffSession::Mode::Login: view.mode = StaffView::Mode::Login; break;
    case StaffSession::Mode::Panel: view.mode = StaffView::Mode::Panel; break;
  }
  view.field = m_staff.field();
  view.idEntry = m_staff.idEntry();
  view.pinDigits = m_staff.pinDigits();
  view.message = m_staff.lockout().locked(now) ? "staff.locked" : m_staff.message();
  view.lockedFor = m_staff.lockout().remaining(now);
  view.triesLeft = m_staff.lockout().triesLeft(now);
  if (view.mode == StaffView::Mode::Panel) {
    view.staffId = m_staff.staffId();
    if (m_current->kind == StateKind::Step) view.step = std::string(m_graph.stepEntry(m_current->id));
    for (std::string_view action : m_current->state->staffActions(m_visit)) {
      if (m_current->kind == StateKind::Step) view.actions.emplace_back(action);
    }
    view.redo = staffRedoChoices();
    view.canCancelVisit = m_current->kind == StateKind::Step;
  }
  return view;
}

}  // namespace foyer::flow
