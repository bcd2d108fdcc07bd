#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/config/config.hpp"
#include "kiosk/flow/clock.hpp"
#include "kiosk/flow/state_kind.hpp"
#include "kiosk/visit/visit.hpp"

namespace foyer::flow {

// The staff overlay: the login pad or the supervisor panel, drawn over the visitor's screen.
struct StaffView {
  enum class Mode { Closed, Login, Panel };
  Mode mode = Mode::Closed;
  std::string field;        // login: "id" or "pin" receives the digits
  std::string idEntry;      // the staff number typed so far (not secret)
  int pinDigits = 0;        // the PIN shows as dots only
  std::string message;      // translation key: "staff.wrong_pin", "staff.locked"
  std::chrono::seconds lockedFor{0};
  int triesLeft = 0;
  std::string staffId;      // panel: who is logged in
  std::string step;         // panel: the step the visitor is in ("" outside a visit)
  std::vector<std::string> actions;  // panel: what the current state takes ("approve", "finger_missing", ...)
  std::vector<std::string> redo;     // panel: "photo", "fingerprints:right", ... that can be redone now
  bool canCancelVisit = false;
};

// What a screen may know, read-only, for the frame it draws. Valid until the flow next changes.
struct FlowView {
  std::string_view state;
  StateKind kind;
  const visit::Visit& visit;
  const config::Config& config;
  int step = 0;       // 1-based position among the visit's steps; 0 outside them
  int stepCount = 0;
  bool canGoBack = false;
  bool canCancel = false;
  bool helpOpen = false;
  bool cancelQuestionOpen = false;
  std::optional<std::chrono::seconds> idleCountdown;  // set while "Are you still there?" shows
  Duration inState{};  // time since this state was entered: drives slideshows and animations
  StaffView staff;
};

}  // namespace foyer::flow
