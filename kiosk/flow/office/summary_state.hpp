#pragma once
#include "kiosk/flow/flow_state.hpp"

namespace foyer::flow::office {

// Shows what the visit contains before it is finished. Later steps (document, photo, fingerprints,
// signature, payment) are inserted between the service choice and this state.
class SummaryState final : public FlowState {
 public:
  bool handleIntent(StateContext& context, const Intent& intent) override;
};

}  // namespace foyer::flow::office
