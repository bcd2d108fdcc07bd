#pragma once
#include <atomic>
#include <cstdint>
#include <string>

#include "drivers/simulators/emrtd_card/emrtd_applet.hpp"

namespace foyer::simulators::emrtd {

// vsmartcard's vpcd socket protocol, card side: pcscd's vpcd driver listens, the card connects. Every
// message is a 2-byte big-endian length and its bytes; a 1-byte message is a control code (0 power off,
// 1 power on, 2 reset, 4 ATR request, only the last answered), anything longer a command APDU.
// Connected = card inserted; closed = card removed.
class VpcdLink {
 public:
  VpcdLink(std::string host, std::uint16_t port, Bytes atr);
  ~VpcdLink();
  VpcdLink(const VpcdLink&) = delete;
  VpcdLink& operator=(const VpcdLink&) = delete;

  // Tries to connect until `stop` is set; false when stopped first.
  bool connect(const std::atomic<bool>& stop);
  // Serves commands until `stop`, pcscd closes the socket, or `commandLimit` commands were answered
  // (0 = no limit). Returns the number of commands served.
  std::size_t serve(EmrtdApplet& applet, const std::atomic<bool>& stop, std::size_t commandLimit);
  void disconnect();

 private:
  bool readExactly(std::uint8_t* data, std::size_t size, const std::atomic<bool>& stop);
  bool send(ByteView message);

  std::string m_host;
  std::uint16_t m_port;
  Bytes m_atr;
  int m_socket = -1;
};

}  // namespace foyer::simulators::emrtd
