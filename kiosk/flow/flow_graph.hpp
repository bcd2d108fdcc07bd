#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/config/config.hpp"
#include "kiosk/flow/flow_state.hpp"
#include "kiosk/visit/visit.hpp"
#include "kiosk/flow/state_kind.hpp"

namespace foyer::flow {

struct StateSpec {
  std::string id;
  StateKind kind = StateKind::Step;
  std::vector<std::string> next;  // the only states this one may go to (besides the abort path)
  std::string back;               // where Back leads; empty when there is no Back
  std::shared_ptr<FlowState> state;
  // Step states with the same name here are one step in the progress bar (a step's screens: place the
  // document, a problem, typing, the result). Empty: the state is a step of its own.
  std::string step{};
  // Whether this step belongs to the visit at all (a photo only for services that need one); nullptr:
  // always. Steps that do not apply are left out of the progress bar's count.
  using Applies = bool (*)(const visit::Visit&, const config::Config&);
  Applies applies = nullptr;
};

// A flow declared in one place: its states, their edges, where it starts and where every abort goes.
class FlowGraph {
 public:
  FlowGraph(std::string name, std::string start, std::string abort);

  FlowGraph& add(StateSpec spec);

  [[nodiscard]] const StateSpec* find(std::string_view id) const;
  [[nodiscard]] const std::vector<StateSpec>& states() const { return m_states; }
  [[nodiscard]] const std::string& name() const { return m_name; }
  [[nodiscard]] const std::string& start() const { return m_start; }
  [[nodiscard]] const std::string& abortState() const { return m_abort; }
  [[nodiscard]] bool allows(std::string_view from, std::string_view to) const;
  // Position among the steps (1-based, declaration order; a `step` group counts once) and their count,
  // for the progress bar; with a visit, steps that do not apply to it are not counted.
  [[nodiscard]] int stepNumber(std::string_view id) const;
  [[nodiscard]] int stepCount() const;
  [[nodiscard]] int stepNumber(std::string_view id, const visit::Visit& visit, const config::Config& config) const;
  [[nodiscard]] int stepCount(const visit::Visit& visit, const config::Config& config) const;

  // Everything wrong with the declaration; empty when the graph is sound. Checked when an engine starts.
  [[nodiscard]] std::vector<std::string> problems() const;

 private:
  std::string m_name;
  std::string m_start;
  std::string m_abort;
  std::vector<StateSpec> m_states;
};

}  // namespace foyer::flow
