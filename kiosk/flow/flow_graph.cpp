#include "kiosk/flow/flow_graph.hpp"

#include <algorithm>
#include <set>

namespace foyer::flow {

FlowGraph::FlowGraph(std::string name, std::string start, std::string abort)
    : m_name(std::move(name)), m_start(std::move(start)), m_abort(std::move(abort)) {}

FlowGraph& FlowGraph::add(StateSpec spec) {
  m_states.push_back(std::move(spec));
  return *this;
}

FlowGraph& FlowGraph::addRedo(RedoSpec spec) {
  m_redos.push_back(std::move(spec));
  return *this;
}

const RedoSpec* FlowGraph::findRedo(std::string_view name) const {
  for (const RedoSpec& spec : m_redos) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

std::string_view FlowGraph::stepEntry(std::string_view id) const {
  const StateSpec* spec = find(id);
  if (spec == nullptr || spec->step.empty()) return id;
  for (const StateSpec& candidate : m_states) {
    if (candidate.step == spec->step) return candidate.id;
  }
  return id;
}

bool FlowGraph::before(std::string_view a, std::string_view b) const {
  const auto at = [&](std::string_view id) {
    const auto it = std::find_if(m_states.begin(), m_states.end(), [&](const StateSpec& s) { return s.id == id; });
    return it - m_states.begin();
  };
  return at(a) < at(b);
}

const StateSpec* FlowGraph::find(std::string_view id) const {
  for (const StateSpec& spec : m_states) {
    if (spec.id == id) return &spec;
  }
  return nullptr;
}

bool FlowGraph::allows(std::string_view from, std::string_view to) const {
  const StateSpec* spec = find(from);
  const StateSpec* target = find(to);
  if (spec == nullptr || target == nullptr) return false;
  // Only cleanup leads back to an Attract state: a visit never ends without being wiped.
  if (target->kind == StateKind::Attract && spec->kind != StateKind::Cleanup) return false;
  if (to == m_abort) return true;
  if (!spec->back.empty() && to == spec->back) return true;
  return std::find(spec->next.begin(), spec->next.end(), to) != spec->next.end();
}

namespace {

std::string_view stepName(const StateSpec& spec) { return spec.step.empty() ? spec.id : spec.step; }

}  // namespace

namespace {

// The distinct step names in declaration order, of the steps `counts` accepts.
template <typename Counts>
std::vector<std::string_view> stepNames(const std::vector<StateSpec>& states, Counts counts) {
  std::vector<std::string_view> names;
  for (const StateSpec& spec : states) {
    if (spec.kind != StateKind::Step || !counts(spec)) continue;
    if (std::find(names.begin(), names.end(), stepName(spec)) == names.end()) names.push_back(stepName(spec));
  }
  return names;
}

int positionOf(const std::vector<std::string_view>& names, const StateSpec* wanted) {
  if (wanted == nullptr || wanted->kind != StateKind::Step) return 0;
  const auto it = std::find(names.begin(), names.end(), stepName(*wanted));
  return it == names.end() ? 0 : static_cast<int>(it - names.begin()) + 1;
}

}  // namespace

int FlowGraph::stepNumber(std::string_view id) const {
  return positionOf(stepNames(m_states, [](const StateSpec&) { return true; }), find(id));
}

int FlowGraph::stepCount() const {
  return static_cast<int>(stepNames(m_states, [](const StateSpec&) { return true; }).size());
}

int FlowGraph::stepNumber(std::string_view id, const visit::Visit& visit, const config::Config& config) const {
  return positionOf(stepNames(m_states, [&](const StateSpec& s) { return !s.applies || s.applies(visit, config); }),
                    find(id));
}

int FlowGraph::stepCount(const visit::Visit& visit, const config::Config& config) const {
  return static_cast<int>(
      stepNames(m_states, [&](const StateSpec& s) { return !s.applies || s.applies(visit, config); }).size());
}

std::vector<std::string> FlowGraph::problems() const {
  std::vector<std::string> found;
  std::set<std::string, std::less<>> ids;
  for (const StateSpec& spec : m_states) {
    if (!ids.insert(spec.id).second) found.push_back("state '" + spec.id + "' is declared twice");
    if (!spec.state) found.push_back("state '" + spec.id + "' has no implementation");
  }
  const StateSpec* start = find(m_start);
  if (start == nullptr) found.push_back("start state '" + m_start + "' is not declared");
  else if (start->kind != StateKind::Attract) found.push_back("start state '" + m_start + "' is not an Attract state");
  const StateSpec* abort = find(m_abort);
  if (abort == nullptr) found.push_back("abort state '" + m_abort + "' is not declared");
  else if (abort->kind != StateKind::Cleanup) found.push_back("abort state '" + m_abort + "' is not a Cleanup state");

  for (const StateSpec& spec : m_states) {
    for (const std::string& target : spec.next) {
      if (find(target) == nullptr) found.push_back("'" + spec.id + "' leads to undeclared '" + target + "'");
    }
    if (!spec.back.empty() && find(spec.back) == nullptr) {
      found.push_back("'" + spec.id + "' goes back to undeclared '" + spec.back + "'");
    }
    // A visit may only end through the cleanup states: nothing outside them may lead to the start.
    if (spec.kind != StateKind::Cleanup) {
      for (const std::string& target : spec.next) {
        if (target == m_start) found.push_back("'" + spec.id + "' returns to the start without cleanup");
      }
    }
    if (spec.kind == StateKind::Cleanup && spec.next.empty()) {
      found.push_back("cleanup state '" + spec.id + "' leads nowhere");
    }
  }

  // Following cleanup edges from the abort state must reach the start and never re-enter a visit.
  std::set<std::string, std::less<>> seen;
  std::vector<std::string> pending{m_abort};
  bool reachesStart = false;
  while (!pending.empty()) {
    const std::string id = pending.back();
    pending.pop_back();
    if (!seen.insert(id).second) continue;
    const StateSpec* spec = find(id);
    if (spec == nullptr) continue;
    if (id == m_start) {
      reachesStart = true;
      continue;
    }
    if (spec->kind != StateKind::Cleanup) {
      found.push_back("cleanup path enters non-cleanup state '" + id + "'");
      continue;
    }
    for (const std::string& target : spec->next) pending.push_back(target);
  }
  if (abort != nullptr && !reachesStart) found.push_back("the cleanup path never returns to the start");
  for (const RedoSpec& redo : m_redos) {
    const StateSpec* entry = find(redo.entry);
    if (entry == nullptr || entry->kind != StateKind::Step) {
      found.push_back("redo '" + redo.name + "' begins at '" + redo.entry + "', which is not a declared step");
    }
    if (redo.choices == nullptr || redo.reset == nullptr) found.push_back("redo '" + redo.name + "' is incomplete");
  }
  return found;
}

}  // namespace foyer::flow
