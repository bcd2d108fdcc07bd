#pragma once
#include <string_view>
#include <vector>

#include "kiosk/flow/event.hpp"
#include "kiosk/flow/intent.hpp"
#include "kiosk/flow/state_context.hpp"

namespace foyer::flow {

// One small named state of a flow. Handlers return true when they used the intent or event;
// unused ones fall back to the engine's common handling (Back, Cancel, Help, device faults).
class FlowState {
 public:
  virtual ~FlowState() = default;
  virtual void enter(StateContext& /*context*/) {}
  virtual void exit(StateContext& /*context*/) {}
  virtual bool handleIntent(StateContext& /*context*/, const Intent& /*intent*/) { return false; }
  virtual bool handleEvent(StateContext& /*context*/, const Event& /*event*/) { return false; }
  // The staff actions this state takes now: "approve" (keep a print or signature below the checks),
  // "finger_missing", "finger_bandaged". They arrive as StaffApprove / StaffFinger intents.
  [[nodiscard]] virtual std::vector<std::string_view> staffActions(const visit::Visit& /*visit*/) const { return {}; }
};

}  // namespace foyer::flow
