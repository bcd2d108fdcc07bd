#pragma once
#include <atomic>

// A self-pipe that lets another thread wake a poll() on a device descriptor (the visitor's Cancel while
// the payment worker waits for the terminal). Signals coalesce: one wake, however often raised.
namespace foyer::payment {

class WakeupPipe {
 public:
  WakeupPipe();
  ~WakeupPipe();
  WakeupPipe(const WakeupPipe&) = delete;
  WakeupPipe& operator=(const WakeupPipe&) = delete;

  void raise();
  // True (once) if raise() was called since the last take().
  bool take();
  [[nodiscard]] int readEnd() const { return m_fds[0]; }

 private:
  int m_fds[2] = {-1, -1};
  std::atomic<bool> m_raised{false};
};

}  // namespace foyer::payment
