#include "drivers/simulators/emrtd_card/vpcd_link.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <thread>

namespace foyer::simulators::emrtd {
namespace {

constexpr int kPollMs = 100;

// vpcd writes the length and the body in two send() calls with Nagle on: without a quick ACK every APDU
// waits ~40 ms for Linux's delayed ACK.
void quickAck(int socket) {
  const int one = 1;
  setsockopt(socket, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
}

}  // namespace

VpcdLink::VpcdLink(std::string host, std::uint16_t port, Bytes atr)
    : m_host(std::move(host)), m_port(port), m_atr(std::move(atr)) {}

VpcdLink::~VpcdLink() { disconnect(); }

void VpcdLink::disconnect() {
  if (m_socket >= 0) close(m_socket);
  m_socket = -1;
}

bool VpcdLink::connect(const std::atomic<bool>& stop) {
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(m_port);
  if (inet_pton(AF_INET, m_host.c_str(), &address.sin_addr) != 1) return false;
  while (!stop) {
    m_socket = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_socket < 0) return false;
    if (::connect(m_socket, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0) {
      const int one = 1;
      setsockopt(m_socket, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
      return true;
    }
    disconnect();
    // pcscd not (yet) listening: try again, as a card lying on a reader that is being plugged in.
    std::this_thread::sleep_for(std::chrono::milliseconds(kPollMs));
  }
  return false;
}

bool VpcdLink::readExactly(std::uint8_t* data, std::size_t size, const std::atomic<bool>& stop) {
  std::size_t done = 0;
  while (done < size) {
    pollfd waiting{m_socket, POLLIN, 0};
    const int ready = poll(&waiting, 1, kPollMs);
    if (stop) return false;
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) continue;
    const ssize_t got = recv(m_socket, data + done, size - done, 0);
    if (got <= 0) return false;
    quickAck(m_socket);
    done += static_cast<std::size_t>(got);
  }
  return true;
}

bool VpcdLink::send(ByteView message) {
  Bytes frame{static_cast<std::uint8_t>(message.size() >> 8), static_cast<std::uint8_t>(message.size())};
  frame.insert(frame.end(), message.begin(), message.end());
  std::size_t done = 0;
  while (done < frame.size()) {
    const ssize_t sent = ::send(m_socket, frame.data() + done, frame.size() - done, MSG_NOSIGNAL);
    if (sent <= 0) return false;
    done += static_cast<std::size_t>(sent);
  }
  return true;
}

std::size_t VpcdLink::serve(EmrtdApplet& applet, const std::atomic<bool>& stop, std::size_t commandLimit) {
  std::size_t served = 0;
  Bytes message;
  while (!stop && (commandLimit == 0 || served < commandLimit)) {
    std::uint8_t header[2];
    if (!readExactly(header, 2, stop)) break;
    message.resize(static_cast<std::size_t>(header[0]) << 8 | header[1]);
    if (!message.empty() && !readExactly(message.data(), message.size(), stop)) break;
    if (message.size() == 1) {
      if (message[0] == 0x04) {
        if (!send(document::emrtd::view(m_atr))) break;
      } else {
        applet.reset();  // power off, power on and reset all start the chip afresh
      }
      continue;
    }
    if (message.empty()) continue;
    const Bytes response = applet.process(document::emrtd::view(message));
    ++served;
    if (!send(document::emrtd::view(response))) break;
  }
  disconnect();
  return served;
}

}  // namespace foyer::simulators::emrtd
