#include "kiosk/staff/staff_lockout.hpp"

#include <algorithm>

namespace foyer::staff {

StaffLockout::StaffLockout(int maxFailures, std::chrono::seconds lockDuration)
    : m_maxFailures(std::max(1, maxFailures)), m_lockDuration(std::max(lockDuration, std::chrono::seconds(0))) {}

bool StaffLockout::expired(TimePoint now) const {
  return m_lockedUntil && now >= *m_lockedUntil;
}

bool StaffLockout::locked(TimePoint now) const {
  return m_lockedUntil && now < *m_lockedUntil;
}

std::chrono::seconds StaffLockout::remaining(TimePoint now) const {
  if (!locked(now)) return std::chrono::seconds(0);
  return std::chrono::ceil<std::chrono::seconds>(*m_lockedUntil - now);
}

int StaffLockout::triesLeft(TimePoint now) const {
  if (locked(now)) return 0;
  return expired(now) ? m_maxFailures : m_maxFailures - m_failures;
}

void StaffLockout::failed(TimePoint now) {
  if (locked(now)) return;
  if (expired(now)) {  // the lock has run out: a fresh round of tries
    m_failures = 0;
    m_lockedUntil.reset();
  }
  if (++m_failures >= m_maxFailures) m_lockedUntil = now + m_lockDuration;
}

void StaffLockout::succeeded() {
  m_failures = 0;
  m_lockedUntil.reset();
}

}  // namespace foyer::staff
