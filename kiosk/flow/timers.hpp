#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/flow/clock.hpp"

namespace foyer::flow {

// Named one-shot deadlines. Starting a timer that runs already moves its deadline.
class Timers {
 public:
  void start(std::string name, TimePoint deadline);
  void cancel(std::string_view name);
  void cancelWithPrefix(std::string_view prefix);
  [[nodiscard]] std::optional<TimePoint> deadline(std::string_view name) const;
  // Removes and returns the earliest timer due at `now`, if any.
  std::optional<std::string> takeNextExpired(TimePoint now);

 private:
  std::map<std::string, TimePoint, std::less<>> m_deadlines;
};

}  // namespace foyer::flow
