#pragma once
#include "kiosk/flow/flow_state.hpp"

namespace foyer::flow::office {

// The visitor picks the language of their visit; it lasts until the visit ends.
class LanguageState final : public FlowState {
 public:
  bool handleIntent(StateContext& context, const Intent& intent) override;
};

}  // namespace foyer::flow::office
