#pragma once
#include "kiosk/flow/flow_state.hpp"

namespace foyer::flow::office {

// No scanner, or it was unplugged or failed: says so and offers to try again (the scanner is looked
// for anew); staff can help from here. The prints taken so far are kept.
class FingerprintProblemState final : public FlowState {
 public:
  bool handleIntent(StateContext& context, const Intent& intent) override;
};

}  // namespace foyer::flow::office
