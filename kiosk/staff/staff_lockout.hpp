#pragma once
#include <chrono>
#include <optional>

// When the supervisor panel stops taking PINs: after `maxFailures` wrong PINs in a row it is locked for
// `lockDuration`; when the lock runs out the count starts again. Pure: the caller passes the time.
namespace foyer::staff {

class StaffLockout {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;

  explicit StaffLockout(int maxFailures = 3, std::chrono::seconds lockDuration = std::chrono::minutes(5));

  [[nodiscard]] bool locked(TimePoint now) const;
  // Whole seconds, rounded up so a lock never shows 0 while it holds; 0 when not locked.
  [[nodiscard]] std::chrono::seconds remaining(TimePoint now) const;
  // Wrong PINs still allowed before the lock (the screen can say "2 tries left").
  [[nodiscard]] int triesLeft(TimePoint now) const;

  // A wrong PIN. While locked no PIN should be checked at all; one that is anyway neither counts nor
  // lengthens the lock.
  void failed(TimePoint now);
  void succeeded();

 private:
  [[nodiscard]] bool expired(TimePoint now) const;
  int m_maxFailures;
  std::chrono::seconds m_lockDuration;
  int m_failures = 0;
  std::optional<TimePoint> m_lockedUntil;
};

}  // namespace foyer::staff
