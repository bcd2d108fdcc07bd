#include "drivers/payment/station/tcp_zvt_link.hpp"

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

namespace foyer::payment {

namespace {

std::string systemError(std::string_view what) { return std::string(what) + ": " + std::strerror(errno); }

// Connects without blocking longer than `timeout` (an unplugged PT must not freeze the payment worker).
int connectWithin(const addrinfo& address, std::chrono::milliseconds timeout, std::string& error) {
  const int fd = ::socket(address.ai_family, address.ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, address.ai_protocol);
  if (fd < 0) {
    error = systemError("socket");
    return -1;
  }
  if (::connect(fd, address.ai_addr, address.ai_addrlen) != 0 && errno != EINPROGRESS) {
    error = systemError("connect");
    ::close(fd);
    return -1;
  }
  pollfd waiting{.fd = fd, .events = POLLOUT, .revents = 0};
  const int ready = ::poll(&waiting, 1, static_cast<int>(timeout.count()));
  int socketError = 0;
  socklen_t length = sizeof socketError;
  if (ready <= 0) {
    error = ready == 0 ? "connect: no answer within " + std::to_string(timeout.count()) + " ms" : systemError("poll");
    ::close(fd);
    return -1;
  }
  if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &socketError, &length) != 0 || socketError != 0) {
    errno = socketError;
    error = systemError("connect");
    ::close(fd);
    return -1;
  }
  const int one = 1;
  // Small APDUs answered at once: do not let Nagle hold an acknowledgement back.
  ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  return fd;
}

}  // namespace

TcpZvtLink::TcpZvtLink(std::string host, int port, std::chrono::milliseconds connectTimeout)
    : m_host(std::move(host)), m_port(port), m_connectTimeout(connectTimeout) {}

TcpZvtLink::~TcpZvtLink() { close(); }

std::expected<void, std::string> TcpZvtLink::connect() {
  close();
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* addresses = nullptr;
  const std::string port = std::to_string(m_port);
  if (const int rc = ::getaddrinfo(m_host.c_str(), port.c_str(), &hints, &addresses); rc != 0) {
    return std::unexpected(describe() + ": " + gai_strerror(rc));
  }
  std::string error = "no address";
  for (const addrinfo* address = addresses; address != nullptr && m_socket < 0; address = address->ai_next) {
    m_socket = connectWithin(*address, m_connectTimeout, error);
  }
  ::freeaddrinfo(addresses);
  if (m_socket < 0) return std::unexpected(describe() + ": " + error);
  m_stream = zvt::ApduStream();
  m_wakeup.take();  // a Cancel from before this connection belongs to nobody
  return {};
}

void TcpZvtLink::close() {
  if (m_socket >= 0) ::close(m_socket);
  m_socket = -1;
}

std::expected<void, std::string> TcpZvtLink::send(const zvt::Apdu& apdu) {
  if (m_socket < 0) return std::unexpected(describe() + ": not connected");
  const zvt::Bytes bytes = zvt::encodeApdu(apdu);
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    const ssize_t n = ::send(m_socket, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n > 0) {
      sent += static_cast<std::size_t>(n);
      continue;
    }
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
      pollfd writable{.fd = m_socket, .events = POLLOUT, .revents = 0};
      if (::poll(&writable, 1, 5000) > 0) continue;
    }
    const std::string error = systemError(describe() + ": send");
    close();
    return std::unexpected(error);
  }
  return {};
}

Received TcpZvtLink::receive(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    if (auto apdu = m_stream.next()) return std::move(*apdu);
    if (m_wakeup.take()) return LinkInterrupted{};
    if (m_socket < 0) return LinkClosed{"not connected"};
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return LinkTimeout{};
    std::array<pollfd, 2> waiting{{{.fd = m_socket, .events = POLLIN, .revents = 0},
                                   {.fd = m_wakeup.readEnd(), .events = POLLIN, .revents = 0}}};
    const int ready = ::poll(waiting.data(), waiting.size(), static_cast<int>(left.count()));
    if (ready < 0 && errno != EINTR) return LinkClosed{systemError("poll")};
    if (ready <= 0 || (waiting[0].revents & (POLLIN | POLLHUP | POLLERR)) == 0) continue;
    std::array<std::uint8_t, 4096> buffer{};
    const ssize_t n = ::recv(m_socket, buffer.data(), buffer.size(), 0);
    if (n > 0) {
      m_stream.feed(zvt::ByteView(buffer.data(), static_cast<std::size_t>(n)));
      continue;
    }
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) continue;
    const std::string reason = n == 0 ? "the terminal closed the connection" : systemError("recv");
    close();
    return LinkClosed{reason};
  }
}

std::string TcpZvtLink::describe() const { return "tcp " + m_host + ":" + std::to_string(m_port); }

}  // namespace foyer::payment
