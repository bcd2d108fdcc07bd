#pragma once
#include "kiosk/flow/flow_state.hpp"

namespace foyer::flow::office {

// The visit is complete: it gets its queue ticket and record reference, a payment becomes final, and
// receipt and ticket are printed. Without paper the ticket number is shown on the done screen instead
// and staff are alerted (the log and the staff panel). Nothing here can fail the visit.
class FinishState final : public FlowState {
 public:
  void enter(StateContext& context) override;
  bool handleEvent(StateContext& context, const Event& event) override;
};

}  // namespace foyer::flow::office
