#include "drivers/simulators/printer/printer_sim_server.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <iostream>

#include "drivers/simulators/printer/control_command.hpp"

namespace foyer::simulators::printer {
namespace {

constexpr std::size_t kReadSize = 16384;
constexpr std::size_t kMaxControlLine = 1024;
constexpr std::size_t kMaxControlClients = 8;

std::string errnoText(const std::string& what) { return what + ": " + std::strerror(errno); }

void sendAll(int fd, const void* data, std::size_t size) {
  const auto* bytes = static_cast<const std::uint8_t*>(data);
  while (size > 0) {
    const ssize_t sent = ::send(fd, bytes, size, MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent <= 0) return;  // the peer went away: its read side notices
    bytes += sent;
    size -= static_cast<std::size_t>(sent);
  }
}

}  // namespace

PrinterSimServer::PrinterSimServer(SimulatedPrinter& printer, ServerOptions options)
    : m_printer(printer), m_options(std::move(options)) {}

PrinterSimServer::~PrinterSimServer() {
  for (const int fd : {m_listener, m_host, m_fifo, m_controlListener}) {
    if (fd >= 0) ::close(fd);
  }
  for (const auto& client : m_controlClients) ::close(client.fd);
  if (m_controlListener >= 0) ::unlink(m_options.control.c_str());
}

std::expected<void, std::string> PrinterSimServer::open() {
  m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (m_listener < 0) return std::unexpected(errnoText("socket"));
  const int yes = 1;
  ::setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(m_options.port);
  if (::inet_pton(AF_INET, m_options.bindAddress.c_str(), &address.sin_addr) != 1) {
    return std::unexpected("--bind wants an IPv4 address, not " + m_options.bindAddress);
  }
  if (::bind(m_listener, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
    return std::unexpected(errnoText("bind " + m_options.bindAddress + ":" + std::to_string(m_options.port)));
  }
  if (::listen(m_listener, 4) != 0) return std::unexpected(errnoText("listen"));
  socklen_t length = sizeof address;
  ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length);
  m_port = ntohs(address.sin_port);

  if (!m_options.control.empty()) {
    sockaddr_un unixAddress{};
    unixAddress.sun_family = AF_UNIX;
    const std::string path = m_options.control.string();
    if (path.size() >= sizeof unixAddress.sun_path) return std::unexpected("--control path too long: " + path);
    std::memcpy(unixAddress.sun_path, path.c_str(), path.size() + 1);
    ::unlink(path.c_str());  // a socket left behind by a killed run
    m_controlListener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_controlListener < 0) return std::unexpected(errnoText("control socket"));
    if (::bind(m_controlListener, reinterpret_cast<const sockaddr*>(&unixAddress), sizeof unixAddress) != 0 ||
        ::listen(m_controlListener, 4) != 0) {
      return std::unexpected(errnoText("control socket " + path));
    }
  }

  if (!m_options.fifo.empty()) {
    struct stat info{};
    if (::stat(m_options.fifo.c_str(), &info) != 0) {
      if (::mkfifo(m_options.fifo.c_str(), 0600) != 0) return std::unexpected(errnoText("mkfifo " + m_options.fifo.string()));
    } else if (!S_ISFIFO(info.st_mode)) {
      return std::unexpected(m_options.fifo.string() + " exists and is not a FIFO");
    }
    if (!openFifo()) return std::unexpected(errnoText("open " + m_options.fifo.string()));
  }
  return {};
}

bool PrinterSimServer::openFifo() {
  // Non-blocking: opening for reading must not wait for a writer.
  m_fifo = ::open(m_options.fifo.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  return m_fifo >= 0;
}

void PrinterSimServer::run(const volatile std::sig_atomic_t& stop, const sigset_t& waitMask) {
  enum class Source { Listener, Host, Fifo, ControlListener, Control };
  while (stop == 0) {
    std::vector<pollfd> fds;
    std::vector<std::pair<Source, std::size_t>> sources;
    const auto watch = [&](int fd, Source source, std::size_t index = 0) {
      fds.push_back(pollfd{fd, POLLIN, 0});
      sources.emplace_back(source, index);
    };
    if (m_host >= 0) watch(m_host, Source::Host);
    else watch(m_listener, Source::Listener);
    if (m_fifo >= 0) watch(m_fifo, Source::Fifo);
    if (m_controlListener >= 0) watch(m_controlListener, Source::ControlListener);
    for (std::size_t i = 0; i < m_controlClients.size(); ++i) watch(m_controlClients[i].fd, Source::Control, i);

    const int ready = ::ppoll(fds.data(), fds.size(), nullptr, &waitMask);
    if (ready < 0) {
      if (errno == EINTR) continue;
      std::cerr << "foyer-printer-sim: " << errnoText("poll") << std::endl;
      break;
    }
    std::vector<std::size_t> closedControls;
    for (std::size_t i = 0; i < fds.size(); ++i) {
      if (fds[i].revents == 0) continue;
      switch (sources[i].first) {
        case Source::Listener: acceptHost(); break;
        case Source::Host: serveHost(); break;
        case Source::Fifo: serveFifo(); break;
        case Source::ControlListener: acceptControl(); break;
        case Source::Control:
          if (!serveControl(sources[i].second)) closedControls.push_back(sources[i].second);
          break;
      }
    }
    for (auto it = closedControls.rbegin(); it != closedControls.rend(); ++it) {
      ::close(m_controlClients[*it].fd);
      m_controlClients.erase(m_controlClients.begin() + static_cast<std::ptrdiff_t>(*it));
    }
    flushLog();
  }
  // Stopping: what the host sent so far counts as a closed connection.
  if (m_host >= 0) closeHost();
  flushLog();
}

void PrinterSimServer::acceptHost() {
  const int fd = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
  if (fd < 0) return;
  m_host = fd;
}

void PrinterSimServer::closeHost() {
  m_printer.connectionClosed();
  ::close(m_host);
  m_host = -1;
}

void PrinterSimServer::serveHost() {
  std::array<std::uint8_t, kReadSize> buffer{};
  const ssize_t got = ::recv(m_host, buffer.data(), buffer.size(), 0);
  if (got < 0 && (errno == EINTR || errno == EAGAIN)) return;
  if (got <= 0) {
    closeHost();
    return;
  }
  sendToHost(m_printer.receive(escpos::ByteView(buffer.data(), static_cast<std::size_t>(got))));
}

void PrinterSimServer::serveFifo() {
  std::array<std::uint8_t, kReadSize> buffer{};
  const ssize_t got = ::read(m_fifo, buffer.data(), buffer.size());
  if (got < 0 && (errno == EINTR || errno == EAGAIN)) return;
  if (got > 0) {
    // Nobody to answer on a FIFO: status replies are dropped.
    (void)m_printer.receive(escpos::ByteView(buffer.data(), static_cast<std::size_t>(got)));
    return;
  }
  // Every writer closed: the job is over. Reopen, or poll would report the hang-up forever.
  m_printer.connectionClosed();
  ::close(m_fifo);
  if (!openFifo()) std::cerr << "foyer-printer-sim: " << errnoText("reopen " + m_options.fifo.string()) << std::endl;
}

void PrinterSimServer::acceptControl() {
  const int fd = ::accept4(m_controlListener, nullptr, nullptr, SOCK_CLOEXEC);
  if (fd < 0) return;
  if (m_controlClients.size() >= kMaxControlClients) {
    ::close(fd);
    return;
  }
  m_controlClients.push_back({fd, {}});
}

bool PrinterSimServer::serveControl(std::size_t index) {
  auto& client = m_controlClients[index];
  std::array<char, 1024> buffer{};
  const ssize_t got = ::recv(client.fd, buffer.data(), buffer.size(), 0);
  if (got < 0 && (errno == EINTR || errno == EAGAIN)) return true;
  if (got <= 0) return false;
  client.pending.append(buffer.data(), static_cast<std::size_t>(got));
  for (auto newline = client.pending.find('\n'); newline != std::string::npos; newline = client.pending.find('\n')) {
    const ControlResult result = applyControlCommand(std::string_view(client.pending).substr(0, newline), m_printer);
    client.pending.erase(0, newline + 1);
    const std::string answer = result.answer + "\n";
    sendAll(client.fd, answer.data(), answer.size());
    sendToHost(result.toHost);
    std::cerr << "foyer-printer-sim: control: " << result.answer << std::endl;
  }
  return client.pending.size() <= kMaxControlLine;
}

void PrinterSimServer::sendToHost(const escpos::Bytes& bytes) {
  if (m_host >= 0 && !bytes.empty()) sendAll(m_host, bytes.data(), bytes.size());
}

void PrinterSimServer::flushLog() {
  for (const auto& line : m_printer.takeLog()) std::cerr << "foyer-printer-sim: " << line << '\n';
  std::cerr.flush();
}

}  // namespace foyer::simulators::printer
