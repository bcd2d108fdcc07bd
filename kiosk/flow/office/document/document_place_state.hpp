#pragma once
#include "kiosk/flow/flow_state.hpp"

namespace foyer::flow::office {

// "Place your document": starts the document station (camera MRZ, or the typed access data) and follows
// its reports: progress while the chip is read, the reading when done, a problem screen when not. No
// readable MRZ within document.mrz_timeout_s counts as unreadable.
class DocumentPlaceState final : public FlowState {
 public:
  void enter(StateContext& context) override;
  void exit(StateContext& context) override;
  bool handleEvent(StateContext& context, const Event& event) override;
};

}  // namespace foyer::flow::office
