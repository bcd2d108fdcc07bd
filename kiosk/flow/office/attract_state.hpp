#pragma once
#include "kiosk/flow/flow_state.hpp"

namespace foyer::flow::office {

// The idle loop between visits: a slideshow until somebody touches the screen.
class AttractState final : public FlowState {
 public:
  bool handleIntent(StateContext& context, const Intent& intent) override;
};

}  // namespace foyer::flow::office
