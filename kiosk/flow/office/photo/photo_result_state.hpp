#pragma once
#include "kiosk/flow/flow_state.hpp"

namespace foyer::flow::office {

// The photo as it will be printed: "Use this photo" or "Retake" (a retake counts as a failed attempt).
class PhotoResultState final : public FlowState {
 public:
  bool handleIntent(StateContext& context, const Intent& intent) override;
};

}  // namespace foyer::flow::office
