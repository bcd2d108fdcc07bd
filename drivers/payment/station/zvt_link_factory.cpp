#include "drivers/payment/station/zvt_link_factory.hpp"

#include <charconv>

#include "drivers/payment/station/serial_zvt_link.hpp"
#include "drivers/payment/station/tcp_zvt_link.hpp"

namespace foyer::payment {

namespace {
std::optional<int> number(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}
}  // namespace

std::expected<std::unique_ptr<ZvtLink>, std::string> makeZvtLink(const std::string& address,
                                                                 std::chrono::milliseconds connectTimeout) {
  constexpr std::string_view kTcp = "tcp://";
  constexpr std::string_view kSerial = "serial:";
  const std::string_view text(address);
  if (text.starts_with(kTcp)) {
    const std::string_view hostPort = text.substr(kTcp.size());
    const auto colon = hostPort.rfind(':');
    const auto port = colon == std::string_view::npos ? std::optional<int>(20007) : number(hostPort.substr(colon + 1));
    if (!port || *port <= 0 || *port > 65535) return std::unexpected("\"" + address + "\": the port is not a number");
    return std::make_unique<TcpZvtLink>(std::string(hostPort.substr(0, colon)), *port, connectTimeout);
  }
  if (text.starts_with(kSerial)) {
    std::string_view device = text.substr(kSerial.size());
    int baud = 9600;
    if (const auto query = device.find("?baud="); query != std::string_view::npos) {
      const auto value = number(device.substr(query + 6));
      if (!value) return std::unexpected("\"" + address + "\": the baud rate is not a number");
      baud = *value;
      device = device.substr(0, query);
    }
    return std::make_unique<SerialZvtLink>(std::string(device), baud);
  }
  return std::unexpected("\"" + address + "\" is neither tcp://HOST:PORT nor serial:/dev/DEVICE");
}

}  // namespace foyer::payment
