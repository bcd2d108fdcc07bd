#include "kiosk/flow/timers.hpp"

#include <algorithm>

namespace foyer::flow {

void Timers::start(std::string name, TimePoint deadline) { m_deadlines.insert_or_assign(std::move(name), deadline); }

void Timers::cancel(std::string_view name) {
  if (auto it = m_deadlines.find(name); it != m_deadlines.end()) m_deadlines.erase(it);
}

void Timers::cancelWithPrefix(std::string_view prefix) {
  std::erase_if(m_deadlines, [&](const auto& entry) { return entry.first.starts_with(prefix); });
}

std::optional<TimePoint> Timers::deadline(std::string_view name) const {
  if (auto it = m_deadlines.find(name); it != m_deadlines.end()) return it->second;
  return std::nullopt;
}

std::optional<std::string> Timers::takeNextExpired(TimePoint now) {
  auto earliest = std::min_element(m_deadlines.begin(), m_deadlines.end(),
                                   [](const auto& a, const auto& b) { return a.second < b.second; });
  if (earliest == m_deadlines.end() || earliest->second > now) return std::nullopt;
  std::string name = earliest->first;
  m_deadlines.erase(earliest);
  return name;
}

}  // namespace foyer::flow
