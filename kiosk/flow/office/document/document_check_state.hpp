#pragma once
#include "kiosk/flow/flow_state.hpp"

namespace foyer::flow::office {

// Shows what was read (portrait, name, date of birth, nationality, document number, expiry) and what
// staff will look at; the visitor confirms it is their document or reads it again.
class DocumentCheckState final : public FlowState {
 public:
  bool handleIntent(StateContext& context, const Intent& intent) override;
};

}  // namespace foyer::flow::office
