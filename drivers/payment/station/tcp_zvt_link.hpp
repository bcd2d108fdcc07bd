#pragma once
#include <string>

#include "drivers/payment/protocol/apdu.hpp"
#include "drivers/payment/station/wakeup_pipe.hpp"
#include "drivers/payment/station/zvt_link.hpp"

// ZVT over TCP: the kiosk connects to the PT (default port 20007) and APDUs travel bare; the PT's
// messages may arrive split or several in one segment (ApduStream puts them back together).
namespace foyer::payment {

class TcpZvtLink final : public ZvtLink {
 public:
  TcpZvtLink(std::string host, int port, std::chrono::milliseconds connectTimeout);
  ~TcpZvtLink() override;

  std::expected<void, std::string> connect() override;
  void close() override;
  [[nodiscard]] bool isOpen() const override { return m_socket >= 0; }
  std::expected<void, std::string> send(const zvt::Apdu& apdu) override;
  Received receive(std::chrono::milliseconds timeout) override;
  void interrupt() override { m_wakeup.raise(); }
  [[nodiscard]] std::string describe() const override;

 private:
  std::string m_host;
  int m_port;
  std::chrono::milliseconds m_connectTimeout;
  int m_socket = -1;
  zvt::ApduStream m_stream;
  WakeupPipe m_wakeup;
};

}  // namespace foyer::payment
