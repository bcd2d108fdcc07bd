#pragma once
#include "kiosk/flow/flow_state.hpp"

namespace foyer::flow::office {

// "Thank you": the visit is complete. Leaves through cleanup when touched or after a short while,
// so the next visitor never sees the previous one's data.
class DoneState final : public FlowState {
 public:
  void enter(StateContext& context) override;
  bool handleIntent(StateContext& context, const Intent& intent) override;
  bool handleEvent(StateContext& context, const Event& event) override;
};

}  // namespace foyer::flow::office
