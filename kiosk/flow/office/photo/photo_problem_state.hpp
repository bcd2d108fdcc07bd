#pragma once
#include "kiosk/flow/flow_state.hpp"

namespace foyer::flow::office {

// The camera cannot be opened or stopped delivering, or the photo station is out of order: says so and
// offers to try again; staff are the way on from here.
class PhotoProblemState final : public FlowState {
 public:
  bool handleIntent(StateContext& context, const Intent& intent) override;
};

}  // namespace foyer::flow::office
