#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

// The wire of libfprint's virtual_image driver (FP_VIRTUAL_IMAGE): a Unix stream socket the device
// creates when it is opened. Each message starts with two native int32: width and height, then
// width*height grey bytes; a negative width is a command instead of an image.
namespace foyer::simulators::fingerprint {

enum class ScannerCommand : std::int32_t {
  Retry = -1,        // argument: libfprint's retry code (0 general, 1 too short, 2 centre finger, 3 remove finger)
  Error = -2,        // argument: libfprint's device error code
  AutoFinger = -3,   // argument: 1 report finger on/off around each image (the default), 0 not
  FingerPresent = -4,
  Unplug = -5,       // the device disappears
};

// The bytes of one image message; `grey` must be 8-bit single-channel, at most 5000 x 5000.
std::vector<std::uint8_t> imageMessage(const cv::Mat& grey);
std::vector<std::uint8_t> commandMessage(ScannerCommand command, std::int32_t argument = 0);

class VirtualImageLink {
 public:
  // Connects to the scanner's socket; waits for it to appear (the device creates it when opened).
  static VirtualImageLink connect(const std::filesystem::path& socket, int waitMs);
  VirtualImageLink(VirtualImageLink&& other) noexcept;
  VirtualImageLink& operator=(VirtualImageLink&&) = delete;
  VirtualImageLink(const VirtualImageLink&) = delete;
  ~VirtualImageLink();
  [[nodiscard]] bool connected() const { return m_fd >= 0; }
  // Hands the bytes to the socket (the driver reads them when it captures). False: the device is gone.
  // Use one connection per placement: the driver reads a connection opened between captures only when
  // the next capture starts, while it would read an old connection at once, between captures.
  bool send(const std::vector<std::uint8_t>& message);

 private:
  explicit VirtualImageLink(int fd) : m_fd(fd) {}
  int m_fd = -1;
};

}  // namespace foyer::simulators::fingerprint
