#pragma once
#include <chrono>

namespace foyer::flow {

using Duration = std::chrono::steady_clock::duration;
using TimePoint = std::chrono::steady_clock::time_point;

// The flow reads time only through this, so tests move time forward instead of sleeping.
class Clock {
 public:
  virtual ~Clock() = default;
  [[nodiscard]] virtual TimePoint now() const = 0;
};

class SteadyClock final : public Clock {
 public:
  [[nodiscard]] TimePoint now() const override { return std::chrono::steady_clock::now(); }
};

class ManualClock final : public Clock {
 public:
  [[nodiscard]] TimePoint now() const override { return m_now; }
  void advance(Duration by) { m_now += by; }

 private:
  TimePoint m_now{std::chrono::hours(1)};
};

}  // namespace foyer::flow
