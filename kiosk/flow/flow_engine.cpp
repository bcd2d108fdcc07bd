#include "kiosk/flow/flow_engine.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

#include <spdlog/spdlog.h>

#include "kiosk/flow/engine_timers.hpp"

namespace foyer::flow {
namespace {

constexpr std::size_t kHistoryLength = 64;
constexpr int kMaxChainedTransitions = 32;

std::string joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += "\n  " + line;
  return text;
}

}  // namespace

class FlowEngine::Context final : public StateContext {
 public:
  explicit Context(FlowEngine& engine) : m_engine(engine) {}
  visit::Visit& visit() override { return m_engine.m_visit; }
  [[nodiscard]] const config::Config& config() const override { return m_engine.m_config; }
  [[nodiscard]] TimePoint now() const override { return m_engine.m_clock.now(); }
  [[nodiscard]] std::chrono::system_clock::time_point wallTime() const override { return m_engine.m_clock.wallTime(); }
  void go(std::string_view target) override { m_engine.m_pending = std::string(target); }
  void abort(std::string reason) override { m_engine.requestAbort(std::move(reason)); }
  void startTimer(std::string name, Duration after) override {
    m_engine.m_timers.start(std::string(kStateTimerPrefix) + name, now() + after);
  }
  void cancelTimer(std::string_view name) override {
    m_engine.m_timers.cancel(std::string(kStateTimerPrefix) + std::string(name));
  }
  [[nodiscard]] const Devices& devices() const override { return m_engine.m_devices; }
  void visitorPresent() override { m_engine.noteActivity(); }

 private:
  FlowEngine& m_engine;
};

FlowEngine::FlowEngine(FlowGraph graph, const config::Config& config, const Clock& clock)
    : m_graph(std::move(graph)),
      m_config(config),
      m_clock(clock),
      m_context(std::make_unique<Context>(*this)),
      m_staff(config.staff) {
  if (auto problems = m_graph.problems(); !problems.empty()) {
    throw std::logic_error("flow '" + m_graph.name() + "' is declared wrongly:" + joined(problems));
  }
  m_visit.wipe(m_config.ui.defaultLanguage);
  enter(*m_graph.find(m_graph.start()));
  settle();
}

FlowEngine::~FlowEngine() = default;

StateContext& FlowEngine::stateContext() { return *m_context; }

void FlowEngine::pump() {
  for (const Event& event : m_queue.takeAll()) {
    handleEvent(event);
    settle();
  }
  // One timer at a time: a transition caused by one cancels the timers of the state it left, and those
  // must then not fire.
  while (auto name = m_timers.takeNextExpired(m_clock.now())) {
    handleTimer(*name);
    settle();
  }
}

void FlowEngine::handleEvent(const Event& event) {
  if (m_current->state->handleEvent(*m_context, event)) return;
  if (const auto* fault = std::get_if<DeviceFault>(&event)) {
    requestAbort("device fault: " + fault->device + ": " + fault->reason);
  } else if (const auto* timer = std::get_if<TimerExpired>(&event)) {
    spdlog::debug("flow: timer '{}' expired in '{}' unhandled", timer->name, m_current->id);
  }
}

void FlowEngine::handleTimer(const std::string& name) {
  if (name == kIdleTimer) {
    if (!idleApplies()) return;
    m_idlePromptOpen = true;
    m_timers.start(std::string(kIdleCountdownTimer), m_clock.now() + m_config.ui.idleCountdown);
    spdlog::info("flow: visitor idle in '{}', asking whether still there", m_current->id);
  } else if (name == kIdleCountdownTimer) {
    m_idlePromptOpen = false;
    requestAbort("idle timeout");
  } else if (name == kStaffIdleTimer) {
    closeStaff("session_timeout");
  } else if (name.starts_with(kStateTimerPrefix)) {
    handleEvent(TimerExpired{name.substr(kStateTimerPrefix.size())});
  }
}

void FlowEngine::dispatch(const Intent& intent) {
  if (isStaffIntent(intent.kind)) {
    handleStaffIntent(intent);
    settle();
    return;
  }
  if (m_staff.mode() != StaffSession::Mode::Closed) return;  // the staff overlay is modal
  if (m_idlePromptOpen) {
    if (intent.kind == IntentKind::StillHere) noteActivity();
    return;  // the question is modal: nothing else may act behind it
  }
  if (m_cancelQuestionOpen) {
    if (intent.kind == IntentKind::ConfirmCancel) {
      m_cancelQuestionOpen = false;
      requestAbort("cancelled by the visitor");
    } else if (intent.kind == IntentKind::KeepVisit) {
      m_cancelQuestionOpen = false;
    }
    settle();
    return;
  }
  if (!m_helpOpen && m_current->state->handleIntent(*m_context, intent)) {
    settle();
    return;
  }
  handleCommonIntent(intent);
  settle();
}

void FlowEngine::handleCommonIntent(const Intent& intent) {
  switch (intent.kind) {
    case IntentKind::Help:
      m_helpOpen = true;
      break;
    case IntentKind::CloseHelp:
      m_helpOpen = false;
      break;
    case IntentKind::Back:
      if (m_helpOpen || m_current->back.empty()) break;
      if (const StateSpec* target = m_graph.find(m_current->back); target->kind == StateKind::Attract) {
        requestAbort("visitor went back to the start");
      } else {
        m_pending = m_current->back;
      }
      break;
    case IntentKind::Cancel:
      if (m_current->kind == StateKind::Step) m_cancelQuestionOpen = true;
      break;
    case IntentKind::StillHere:
      noteActivity();
      break;
    default:
      spdlog::debug("flow: intent {} ignored in '{}'", toString(intent.kind), m_current->id);
      break;
  }
}

void FlowEngine::noteActivity() {
  if (m_idlePromptOpen) {
    m_idlePromptOpen = false;
    m_timers.cancel(kIdleCountdownTimer);
  }
  restartIdleTimer();
}

bool FlowEngine::idleApplies() const {
  // While staff work at the terminal the visitor is not asked whether still there; the staff session
  // has its own idle timeout.
  return m_current != nullptr && m_current->kind == StateKind::Step && m_staff.mode() == StaffSession::Mode::Closed;
}

void FlowEngine::restartIdleTimer() {
  if (idleApplies()) {
    m_timers.start(std::string(kIdleTimer), m_clock.now() + m_config.ui.idleTimeout);
  } else {
    m_timers.cancel(kIdleTimer);
  }
}

void FlowEngine::requestAbort(std::string reason) {
  if (m_current->kind == StateKind::Cleanup || m_current->kind == StateKind::Attract) return;
  spdlog::info("flow: visit {} ends in '{}': {}", m_visit.number, m_current->id, reason);
  m_lastAbortReason = std::move(reason);
  m_pending = m_graph.abortState();
}

void FlowEngine::settle() {
  for (int chained = 0; m_pending; ++chained) {
    std::string target = std::move(*m_pending);
    m_pending.reset();
    if (chained >= kMaxChainedTransitions) {
      emergencyReset();
      return;
    }
    const bool staffJump = std::exchange(m_staffJump, false);
    if (!m_graph.allows(m_current->id, target) && !(staffJump && m_current->kind == StateKind::Step)) {
      // Never jump: a step ends through cleanup, a cleanup state continues along its declared chain.
      const std::string safe = m_current->kind == StateKind::Cleanup ? m_current->next.front() : m_graph.abortState();
      spdlog::error("flow: '{}' may not go to '{}'; going to '{}' instead", m_current->id, target, safe);
      target = safe;
    }
    m_current->state->exit(*m_context);
    enter(*m_graph.find(target));
  }
}

void FlowEngine::emergencyReset() {
  // States keep sending each other on (a programming error). Wipe here, because the cleanup states are
  // part of the loop or cannot be trusted now, and rest in the start state without running its enter().
  spdlog::critical("flow: transitions loop at '{}'; wiping the visit and resetting to '{}'", m_current->id,
                   m_graph.start());
  m_current->state->exit(*m_context);
  m_visit.wipe(m_config.ui.defaultLanguage);
  m_timers.cancelWithPrefix(kStateTimerPrefix);
  m_helpOpen = m_cancelQuestionOpen = m_idlePromptOpen = false;
  m_current = m_graph.find(m_graph.start());
  m_enteredAt = m_clock.now();
  m_history.push_back(m_current->id);
  if (m_history.size() > kHistoryLength) m_history.pop_front();
  restartIdleTimer();
  m_pending.reset();
}

void FlowEngine::enter(const StateSpec& spec) {
  const bool visitBegins = m_current != nullptr && m_current->kind == StateKind::Attract &&
                           spec.kind != StateKind::Attract && spec.kind != StateKind::Cleanup;
  if (m_current != nullptr) spdlog::info("flow: {} -> {}", m_current->id, spec.id);
  m_timers.cancelWithPrefix(kStateTimerPrefix);
  m_timers.cancel(kIdleCountdownTimer);
  m_helpOpen = false;
  m_cancelQuestionOpen = false;
  m_idlePromptOpen = false;
  m_current = &spec;
  m_enteredAt = m_clock.now();
  if (visitBegins) m_visit.number = ++m_visitsStarted;
  m_history.push_back(spec.id);
  if (m_history.size() > kHistoryLength) m_history.pop_front();
  restartIdleTimer();
  spec.state->enter(*m_context);
}

FlowView FlowEngine::view() const {
  FlowView view{.state = m_current->id,
                .kind = m_current->kind,
                .visit = m_visit,
                .config = m_config,
                .step = m_graph.stepNumber(m_current->id, m_visit, m_config),
                .stepCount = m_graph.stepCount(m_visit, m_config),
                .canGoBack = !m_current->back.empty(),
                .canCancel = m_current->kind == StateKind::Step,
                .helpOpen = m_helpOpen,
                .cancelQuestionOpen = m_cancelQuestionOpen,
                .idleCountdown = std::nullopt,
                .inState = m_clock.now() - m_enteredAt,
                .staff = staffView()};
  if (m_idlePromptOpen) {
    if (auto deadline = m_timers.deadline(kIdleCountdownTimer)) {
      const auto left = std::chrono::ceil<std::chrono::seconds>(*deadline - m_clock.now());
      view.idleCountdown = std::max(left, std::chrono::seconds(0));
    }
  }
  return view;
}

const char* toString(IntentKind kind) {
  switch (kind) {
    case IntentKind::Start: return "Start";
    case IntentKind::Back: return "Back";
    case IntentKind::Cancel: return "Cancel";
    case IntentKind::ConfirmCancel: return "ConfirmCancel";
    case IntentKind::KeepVisit: return "KeepVisit";
    case IntentKind::Help: return "Help";
    case IntentKind::CloseHelp: return "CloseHelp";
    case IntentKind::StillHere: return "StillHere";
    case IntentKind::ChooseLanguage: return "ChooseLanguage";
    case IntentKind::ChooseService: return "ChooseService";
    case IntentKind::Confirm: return "Confirm";
    case IntentKind::Retry: return "Retry";
    case IntentKind::TypeInstead: return "TypeInstead";
    case IntentKind::SelectField: return "SelectField";
    case IntentKind::TypeKey: return "TypeKey";
    case IntentKind::InkDown: return "InkDown";
    case IntentKind::InkMove: return "InkMove";
    case IntentKind::InkUp: return "InkUp";
    case IntentKind::StaffOpen: return "StaffOpen";
    case IntentKind::StaffField: return "StaffField";
    case IntentKind::StaffKey: return "StaffKey";
    case IntentKind::StaffLogin: return "StaffLogin";
    case IntentKind::StaffClose: return "StaffClose";
    case IntentKind::StaffApprove: return "StaffApprove";
    case IntentKind::StaffRedo: return "StaffRedo";
    case IntentKind::StaffFinger: return "StaffFinger";
    case IntentKind::StaffCancelVisit: return "StaffCancelVisit";
  }
  return "?";
}

}  // namespace foyer::flow
