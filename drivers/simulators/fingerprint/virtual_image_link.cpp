#include "drivers/simulators/fingerprint/virtual_image_link.hpp"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

namespace foyer::simulators::fingerprint {
namespace {

void appendInt(std::vector<std::uint8_t>& out, std::int32_t value) {
  std::uint8_t bytes[sizeof value];
  std::memcpy(bytes, &value, sizeof value);  // native byte order, as the driver reads it
  out.insert(out.end(), bytes, bytes + sizeof value);
}

}  // namespace

std::vector<std::uint8_t> imageMessage(const cv::Mat& grey) {
  std::vector<std::uint8_t> out;
  if (grey.empty() || grey.type() != CV_8UC1 || grey.cols > 5000 || grey.rows > 5000) return out;
  out.reserve(8 + grey.total());
  appendInt(out, grey.cols);
  appendInt(out, grey.rows);
  for (int y = 0; y < grey.rows; ++y) {
    const auto* row = grey.ptr<std::uint8_t>(y);
    out.insert(out.end(), row, row + grey.cols);
  }
  return out;
}

std::vector<std::uint8_t> commandMessage(ScannerCommand command, std::int32_t argument) {
  std::vector<std::uint8_t> out;
  appendInt(out, static_cast<std::int32_t>(command));
  appendInt(out, argument);
  return out;
}

VirtualImageLink VirtualImageLink::connect(const std::filesystem::path& socket, int waitMs) {
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  const std::string path = socket.string();
  if (path.size() >= sizeof address.sun_path) return VirtualImageLink(-1);
  std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
  const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(waitMs);
  while (true) {
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return VirtualImageLink(-1);
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0) return VirtualImageLink(fd);
    ::close(fd);
    if (std::chrono::steady_clock::now() >= until) return VirtualImageLink(-1);
    // The socket appears when the kiosk opens the scanner; poll for it like a device coming up.
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

VirtualImageLink::VirtualImageLink(VirtualImageLink&& other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }

VirtualImageLink::~VirtualImageLink() {
  if (m_fd >= 0) ::close(m_fd);
}

bool VirtualImageLink::send(const std::vector<std::uint8_t>& message) {
  std::size_t done = 0;
  while (done < message.size()) {
    const ssize_t sent = ::send(m_fd, message.data() + done, message.size() - done, MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent <= 0) return false;
    done += static_cast<std::size_t>(sent);
  }
  return true;
}

}  // namespace foyer::simulators::fingerprint
