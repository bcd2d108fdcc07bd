#pragma once
#include "kiosk/flow/flow_state.hpp"

namespace foyer::flow::office {

// Paying the service's fee at the card terminal: the amount, what the terminal asks for ("insert card",
// "enter PIN") in the visitor's language, and Cancel while the card is awaited. The terminal decides how
// the payment ended; a cancelled or declined payment goes to the problem page, a paid one on to the
// ticket. A visit without fee, or one that has paid already, passes straight through.
class PaymentState final : public FlowState {
 public:
  void enter(StateContext& context) override;
  void exit(StateContext& context) override;
  bool handleIntent(StateContext& context, const Intent& intent) override;
  bool handleEvent(StateContext& context, const Event& event) override;
};

// Declined, cancelled or not possible: try again, pay at the counter (when the card terminal is out of
// order), or end the visit.
class PaymentProblemState final : public FlowState {
 public:
  bool handleIntent(StateContext& context, const Intent& intent) override;
};

}  // namespace foyer::flow::office
