#pragma once
#include <chrono>
#include <optional>
#include <string_view>

#include "kiosk/config/config.hpp"
#include "kiosk/flow/clock.hpp"
#include "kiosk/flow/state_kind.hpp"
#include "kiosk/visit/visit.hpp"

namespace foyer::flow {

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
};

}  // namespace foyer::flow
