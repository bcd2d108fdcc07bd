#include "drivers/payment/station/wakeup_pipe.hpp"

#include <fcntl.h>
#include <unistd.h>

namespace foyer::payment {

WakeupPipe::WakeupPipe() {
  if (pipe2(m_fds, O_CLOEXEC | O_NONBLOCK) != 0) m_fds[0] = m_fds[1] = -1;
}

WakeupPipe::~WakeupPipe() {
  for (int fd : m_fds) {
    if (fd >= 0) ::close(fd);
  }
}

void WakeupPipe::raise() {
  if (m_raised.exchange(true)) return;
  const char byte = 1;
  if (m_fds[1] >= 0) (void)::write(m_fds[1], &byte, 1);
}

bool WakeupPipe::take() {
  if (!m_raised.exchange(false)) return false;
  char buffer[16];
  while (m_fds[0] >= 0 && ::read(m_fds[0], buffer, sizeof buffer) > 0) {
  }
  return true;
}

}  // namespace foyer::payment
