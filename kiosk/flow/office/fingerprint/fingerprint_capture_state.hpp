#pragma once
#include "kiosk/flow/flow_state.hpp"

namespace foyer::flow::office {

// One finger after the other on the scanner, as the finger plan asks for them: the instruction, the
// newest print and whether it was good. A bad print uses one of the finger's tries; after the last,
// the plan moves to the next finger of that hand. Staff may keep a poor print or mark a finger as
// missing or bandaged. Once the plan is complete the screen shows both prints and "Continue".
// Children below fingerprint.exempt_below_age pass through without giving prints.
class FingerprintCaptureState final : public FlowState {
 public:
  void enter(StateContext& context) override;
  void exit(StateContext& context) override;
  bool handleIntent(StateContext& context, const Intent& intent) override;
  bool handleEvent(StateContext& context, const Event& event) override;
  [[nodiscard]] std::vector<std::string_view> staffActions(const visit::Visit& visit) const override;
};

}  // namespace foyer::flow::office
