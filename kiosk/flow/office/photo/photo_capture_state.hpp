#pragma once
#include "kiosk/flow/flow_state.hpp"

namespace foyer::flow::office {

// The live photo: the camera's preview with one instruction at a time, until the station takes the
// photo by itself. An attempt that runs out of time counts as failed; after photo.staff_help_after
// failures the screen offers staff help.
class PhotoCaptureState final : public FlowState {
 public:
  void enter(StateContext& context) override;
  void exit(StateContext& context) override;
  bool handleEvent(StateContext& context, const Event& event) override;
};

}  // namespace foyer::flow::office
