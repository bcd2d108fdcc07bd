#include "drivers/payment/station/serial_zvt_link.hpp"

#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

namespace foyer::payment {

namespace {

speed_t speedOf(int baud) {
  switch (baud) {
    case 19200: return B19200;
    case 38400: return B38400;
    case 57600: return B57600;
    case 115200: return B115200;
    default: return B9600;
  }
}

constexpr int kAttempts = 3;  // the first send and two repeats

}  // namespace

SerialZvtLink::SerialZvtLink(std::string device, int baud, SerialTimers timers)
    : m_device(std::move(device)), m_baud(baud), m_timers(timers) {}

SerialZvtLink::~SerialZvtLink() { close(); }

std::expected<void, std::string> SerialZvtLink::connect() {
  close();
  m_fd = ::open(m_device.c_str(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
  if (m_fd < 0) return std::unexpected(describe() + ": " + std::strerror(errno));
  termios settings{};
  if (::tcgetattr(m_fd, &settings) == 0) {
    ::cfmakeraw(&settings);
    settings.c_cflag |= CLOCAL | CREAD | CSTOPB;  // 8N2, no modem control
    settings.c_cflag &= ~static_cast<tcflag_t>(PARENB | CRTSCTS);
    ::cfsetispeed(&settings, speedOf(m_baud));
    ::cfsetospeed(&settings, speedOf(m_baud));
    ::tcsetattr(m_fd, TCSANOW, &settings);
  }
  // Not a tty (a pty or a socket pair in tests): the bytes still flow, the line settings do not apply.
  ::tcflush(m_fd, TCIOFLUSH);
  m_deframer.reset();
  m_pending.clear();
  m_wakeup.take();
  return {};
}

void SerialZvtLink::close() {
  if (m_fd >= 0) ::close(m_fd);
  m_fd = -1;
}

bool SerialZvtLink::writeAll(const zvt::Bytes& bytes) {
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(m_fd, bytes.data() + written, bytes.size() - written);
    if (n > 0) {
      written += static_cast<std::size_t>(n);
    } else if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
      pollfd writable{.fd = m_fd, .events = POLLOUT, .revents = 0};
      if (::poll(&writable, 1, static_cast<int>(m_timers.ackWait.count())) <= 0) return false;
    } else {
      return false;
    }
  }
  return true;
}

SerialZvtLink::Byte SerialZvtLink::readByte(std::chrono::milliseconds timeout, std::uint8_t& byte) {
  std::array<pollfd, 2> waiting{{{.fd = m_fd, .events = POLLIN, .revents = 0},
                                 {.fd = m_wakeup.readEnd(), .events = POLLIN, .revents = 0}}};
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    const ssize_t n = ::read(m_fd, &byte, 1);
    if (n == 1) return Byte::Read;
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) return Byte::Closed;
    if (m_wakeup.take()) return Byte::Interrupted;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return Byte::Timeout;
    if (::poll(waiting.data(), waiting.size(), static_cast<int>(left.count())) < 0 && errno != EINTR) {
      return Byte::Closed;
    }
    if ((waiting[0].revents & (POLLHUP | POLLERR)) != 0 && (waiting[0].revents & POLLIN) == 0) return Byte::Closed;
  }
}

std::expected<void, std::string> SerialZvtLink::send(const zvt::Apdu& apdu) {
  if (m_fd < 0) return std::unexpected(describe() + ": not open");
  const zvt::Bytes frame = zvt::frameSerial(zvt::encodeApdu(apdu));
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    if (!writeAll(frame)) break;
    // Wait for the one-byte answer; a whole frame from the PT in between is kept for receive().
    const auto deadline = std::chrono::steady_clock::now() + m_timers.ackWait;
    while (true) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      std::uint8_t byte = 0;
      const Byte got = left.count() > 0 ? readByte(left, byte) : Byte::Timeout;
      if (got == Byte::Interrupted) {
        m_wakeup.raise();  // keep it for the receive() that follows
        continue;
      }
      if (got == Byte::Closed) return std::unexpected(describe() + ": the line closed");
      if (got == Byte::Timeout) break;  // T2: send again
      const auto event = m_deframer.feed(byte);
      if (!event) continue;
      if (event->kind == zvt::SerialEvent::Kind::Ack) return {};
      if (event->kind == zvt::SerialEvent::Kind::Nak) break;
      if (event->kind == zvt::SerialEvent::Kind::Frame) {
        (void)writeAll(zvt::Bytes{event->crcOk ? zvt::kAck : zvt::kNak});
        if (auto decoded = zvt::decodeApdu(event->apdu); event->crcOk && decoded) m_pending.push_back(*decoded);
      }
    }
  }
  return std::unexpected(describe() + ": no acknowledgement after " + std::to_string(kAttempts) + " attempts");
}

Received SerialZvtLink::receive(std::chrono::milliseconds timeout) {
  if (!m_pending.empty()) {
    zvt::Apdu apdu = std::move(m_pending.front());
    m_pending.pop_front();
    return apdu;
  }
  if (m_fd < 0) return LinkClosed{"not open"};
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  bool inFrame = false;
  while (true) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    // Inside a frame the next byte must come within T1, whatever the overall wait.
    if (inFrame) left = m_timers.interByte;
    if (left.count() <= 0) return LinkTimeout{};
    std::uint8_t byte = 0;
    switch (readByte(left, byte)) {
      case Byte::Interrupted: return LinkInterrupted{};
      case Byte::Closed: close(); return LinkClosed{"the line closed"};
      case Byte::Timeout:
        if (!inFrame) return LinkTimeout{};
        // T1 ran out inside a frame: ask for it again and start over.
        m_deframer.reset();
        inFrame = false;
        (void)writeAll(zvt::Bytes{zvt::kNak});
        continue;
      case Byte::Read: break;
    }
    const auto event = m_deframer.feed(byte);
    inFrame = m_deframer.inFrame();
    if (!event) continue;
    if (event->kind == zvt::SerialEvent::Kind::BrokenFrame) {
      (void)writeAll(zvt::Bytes{zvt::kNak});
      continue;
    }
    if (event->kind != zvt::SerialEvent::Kind::Frame) continue;
    if (!event->crcOk) {
      (void)writeAll(zvt::Bytes{zvt::kNak});
      continue;
    }
    auto apdu = zvt::decodeApdu(event->apdu);
    (void)writeAll(zvt::Bytes{apdu ? zvt::kAck : zvt::kNak});
    if (apdu) return std::move(*apdu);
  }
}

}  // namespace foyer::payment
