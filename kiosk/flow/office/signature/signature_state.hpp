#pragma once
#include "kiosk/flow/flow_state.hpp"

namespace foyer::flow::office {

// The signature field: strokes are drawn with a finger, "Clear" starts again, "Done" checks the ink and
// keeps the signature (rendered at the document field's proportions) or says what is missing.
// Staff may keep a signature that fails the check (a visitor who signs with a mark).
class SignatureState final : public FlowState {
 public:
  void enter(StateContext& context) override;
  bool handleIntent(StateContext& context, const Intent& intent) override;
  [[nodiscard]] std::vector<std::string_view> staffActions(const visit::Visit& visit) const override;
};

}  // namespace foyer::flow::office
