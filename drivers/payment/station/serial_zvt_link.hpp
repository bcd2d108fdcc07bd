#pragma once
#include <deque>
#include <string>

#include "drivers/payment/protocol/serial_frame.hpp"
#include "drivers/payment/station/wakeup_pipe.hpp"
#include "drivers/payment/station/zvt_link.hpp"

// ZVT over RS-232 or USB-CDC: 8 data bits, no parity, 2 stop bits; each APDU framed DLE STX … DLE ETX
// CRC and acknowledged by the receiver with one ACK or NAK byte. A frame is sent at most three times
// (NAK or no answer within T2), then the link reports the failure, as the spec's transport layer says.
namespace foyer::payment {

struct SerialTimers {
  std::chrono::milliseconds interByte{200};  // T1: a gap inside a frame longer than this is an error
  std::chrono::milliseconds ackWait{5000};   // T2: frame sent -> ACK/NAK
};

class SerialZvtLink final : public ZvtLink {
 public:
  SerialZvtLink(std::string device, int baud, SerialTimers timers = {});
  ~SerialZvtLink() override;

  std::expected<void, std::string> connect() override;
  void close() override;
  [[nodiscard]] bool isOpen() const override { return m_fd >= 0; }
  std::expected<void, std::string> send(const zvt::Apdu& apdu) override;
  Received receive(std::chrono::milliseconds timeout) override;
  void interrupt() override { m_wakeup.raise(); }
  [[nodiscard]] std::string describe() const override { return "serial " + m_device; }

 private:
  enum class Byte { Read, Timeout, Closed, Interrupted };
  // One byte from the line, waiting at most `timeout`.
  Byte readByte(std::chrono::milliseconds timeout, std::uint8_t& byte);
  bool writeAll(const zvt::Bytes& bytes);

  std::string m_device;
  int m_baud;
  SerialTimers m_timers;
  int m_fd = -1;
  zvt::SerialDeframer m_deframer;
  std::deque<zvt::Apdu> m_pending;  // frames that arrived while we waited for an ACK
  WakeupPipe m_wakeup;
};

}  // namespace foyer::payment
