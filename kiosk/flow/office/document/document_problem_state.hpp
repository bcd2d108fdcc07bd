#pragma once
#include "kiosk/flow/flow_state.hpp"

namespace foyer::flow::office {

// Why the document could not be read, and the ways on: read it again, or type the access data.
class DocumentProblemState final : public FlowState {
 public:
  bool handleIntent(StateContext& context, const Intent& intent) override;
};

}  // namespace foyer::flow::office
