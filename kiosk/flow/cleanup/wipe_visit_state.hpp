#pragma once
#include "kiosk/flow/flow_state.hpp"

namespace foyer::flow {

// First cleanup state of every ending visit, finished or not: overwrites what the visitor entered and
// returns the language to the terminal's default. Later cleanup states (release devices, settle an
// unfinished payment) chain after this one.
class WipeVisitState final : public FlowState {
 public:
  explicit WipeVisitState(std::string next) : m_next(std::move(next)) {}
  void enter(StateContext& context) override;

 private:
  std::string m_next;
};

}  // namespace foyer::flow
