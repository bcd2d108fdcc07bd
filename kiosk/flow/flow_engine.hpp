#pragma once
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/config/config.hpp"
#include "kiosk/flow/clock.hpp"
#include "kiosk/flow/devices.hpp"
#include "kiosk/flow/event_queue.hpp"
#include "kiosk/flow/flow_graph.hpp"
#include "kiosk/flow/flow_view.hpp"
#include "kiosk/flow/intent.hpp"
#include "kiosk/flow/staff_session.hpp"
#include "kiosk/flow/timers.hpp"
#include "kiosk/staff/audit_log.hpp"
#include "kiosk/visit/visit.hpp"

namespace foyer::flow {

// Runs one declared flow. The frame-loop thread owns it: every method but events().post() must be
// called from that thread. Other threads reach the flow only by posting events.
class FlowEngine {
 public:
  // Throws std::logic_error when the graph's declaration is unsound (a programming error).
  FlowEngine(FlowGraph graph, const config::Config& config, const Clock& clock);
  FlowEngine(const FlowEngine&) = delete;
  FlowEngine& operator=(const FlowEngine&) = delete;
  ~FlowEngine();

  // The devices states may use; set once before the first visit starts (the devices report to events()).
  void attach(Devices devices) { m_devices = devices; }

  // Where staff actions are recorded (the audit log); without one they are only logged.
  using AuditSink = std::function<void(const staff::AuditEntry&)>;
  void attachAudit(AuditSink sink) { m_audit = std::move(sink); }

  // Thread-safe entry for driver results and faults.
  EventQueue& events() { return m_queue; }

  // Frame start: runs queued events and due timers.
  void pump();
  void dispatch(const Intent& intent);
  // Any touch: restarts the idle timer and answers an open "Are you still there?".
  void noteActivity();

  [[nodiscard]] FlowView view() const;
  [[nodiscard]] std::string_view state() const { return m_current->id; }
  [[nodiscard]] const visit::Visit& visit() const { return m_visit; }
  [[nodiscard]] const FlowGraph& graph() const { return m_graph; }
  // The most recent states entered, oldest first: for tests and the staff view of where a visitor is.
  [[nodiscard]] const std::deque<std::string>& history() const { return m_history; }
  [[nodiscard]] const std::string& lastAbortReason() const { return m_lastAbortReason; }
  [[nodiscard]] std::uint64_t visitsStarted() const { return m_visitsStarted; }

 private:
  class Context;
  friend class Context;

  void handleEvent(const Event& event);
  void handleTimer(const std::string& name);
  void handleCommonIntent(const Intent& intent);
  // Staff supervision (flow_engine_staff.cpp).
  void handleStaffIntent(const Intent& intent);
  void staffRedo(std::string_view value);
  void closeStaff(std::string_view why);
  void audit(std::string_view action, std::string detail = {});
  [[nodiscard]] StaffView staffView() const;
  [[nodiscard]] std::vector<std::string> staffRedoChoices() const;
  [[nodiscard]] bool staffActionAllowed(std::string_view action) const;
  void restartStaffTimer();
  StateContext& stateContext();
  void requestAbort(std::string reason);
  void settle();  // carries out requested transitions, including chains of immediate ones
  void emergencyReset();
  void enter(const StateSpec& spec);
  void restartIdleTimer();
  [[nodiscard]] bool idleApplies() const;

  FlowGraph m_graph;
  const config::Config& m_config;
  const Clock& m_clock;
  EventQueue m_queue;
  Timers m_timers;
  visit::Visit m_visit;
  Devices m_devices;
  const StateSpec* m_current = nullptr;
  TimePoint m_enteredAt{};
  std::optional<std::string> m_pending;
  bool m_helpOpen = false;
  bool m_cancelQuestionOpen = false;
  bool m_idlePromptOpen = false;
  std::uint64_t m_visitsStarted = 0;
  std::string m_lastAbortReason;
  std::deque<std::string> m_history;
  std::unique_ptr<Context> m_context;
  StaffSession m_staff;
  AuditSink m_audit;
  std::vector<TimePoint> m_staffTaps;  // recent taps on the staff corner
  bool m_staffJump = false;  // the pending transition is a staff redo: it may leave the declared edges
};

}  // namespace foyer::flow
