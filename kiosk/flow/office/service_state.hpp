#pragma once
#include "kiosk/flow/flow_state.hpp"

namespace foyer::flow::office {

// The visitor chooses what they came for; services and fees come from the config.
class ServiceState final : public FlowState {
 public:
  bool handleIntent(StateContext& context, const Intent& intent) override;
};

}  // namespace foyer::flow::office
