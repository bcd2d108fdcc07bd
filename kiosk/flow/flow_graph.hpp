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

// A step staff may send the visitor back to during a visit, without starting it again.
struct RedoSpec {
  std::string name;   // what the staff panel offers: "photo", "fingerprints", "signature"
  std::string entry;  // the state the step begins with
  // What of it the visit has that can be redone: {""} for the whole step, parts such as {"right",
  // "left"} for the hands of the fingerprint step; empty while it has nothing.
  std::vector<std::string> (*choices)(const visit::Visit&) = nullptr;
  void (*reset)(visit::Visit&, std::string_view choice) = nullptr;  // forgets it before the redo
};

// A flow declared in one place: its states, their edges, where it starts and where every abort goes.
class FlowGraph {
 public:
  FlowGraph(std::string name, std::string start, std::string abort);

  FlowGraph& add(StateSpec spec);
  FlowGraph& addRedo(RedoSpec spec);

  [[nodiscard]] const StateSpec* find(std::string_view id) const;
  [[nodiscard]] const std::vector<StateSpec>& states() const { return m_states; }
  [[nodiscard]] const std::string& name() const { return m_name; }
  [[nodiscard]] const std::string& start() const { return m_start; }
  [[nodiscard]] const std::string& abortState() const { return m_abort; }
  [[nodiscard]] bool allows(std::string_view from, std::string_view to) const;
  [[nodiscard]] const RedoSpec* findRedo(std::string_view name) const;
  [[nodiscard]] const std::vector<RedoSpec>& redos() const { return m_redos; }
  // The first declared state of `id`'s step (where the step begins); `id` itself when it has no group.
  [[nodiscard]] std::string_view stepEntry(std::string_view id) const;
  // Declaration order: whether `a` comes before `b` in the flow.
  [[nodiscard]] bool before(std::string_view a, std::string_view b) const;
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
  std::vector<RedoSpec> m_redos;
};

}  // namespace foyer::flow
