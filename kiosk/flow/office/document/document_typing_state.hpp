#pragma once
#include "kiosk/flow/flow_state.hpp"

namespace foyer::flow::office {

// The on-screen keyboard for document number, date of birth and expiry date: what opens the chip when
// the MRZ cannot be read by the camera.
class DocumentTypingState final : public FlowState {
 public:
  bool handleIntent(StateContext& context, const Intent& intent) override;
};

}  // namespace foyer::flow::office
