#pragma once
#include <chrono>

namespace foyer::flow {

using Duration = std::chrono::steady_clock::duration;
using TimePoint = std::chrono::steady_clock::time_point;

// The flow reads time only through this, so tests move time forward instead of sleeping.
class Clock {
 public:
  virtual ~Clock() = default;
  // For timeouts: never jumps.
  [[nodiscard]] virtual TimePoint now() const = 0;
  // The date and time of day: for a visitor's age and the audit log's times.
  [[nodiscard]] virtual std::chrono::system_clock::time_point wallTime() const = 0;
};

class SteadyClock final : public Clock {
 public:
  [[nodiscard]] TimePoint now() const override { return std::chrono::steady_clock::now(); }
  [[nodiscard]] std::chrono::system_clock::time_point wallTime() const override {
    return std::chrono::system_clock::now();
  }
};

class ManualClock final : public Clock {
 public:
  [[nodiscard]] TimePoint now() const override { return m_now; }
  [[nodiscard]] std::chrono::system_clock::time_point wallTime() const override {
    return m_wallStart + std::chrono::duration_cast<std::chrono::system_clock::duration>(m_now - kStart);
  }
  void advance(Duration by) { m_now += by; }
  void setWallTime(std::chrono::system_clock::time_point at) { m_wallStart = at - (m_now - kStart); }

 private:
  static constexpr TimePoint kStart{std::chrono::hours(1)};
  TimePoint m_now = kStart;
  std::chrono::system_clock::time_point m_wallStart =
      std::chrono::sys_days(std::chrono::year(2026) / 6 / 15) + std::chrono::hours(9);
};

}  // namespace foyer::flow
