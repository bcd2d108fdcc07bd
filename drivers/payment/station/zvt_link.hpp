#pragma once
#include <chrono>
#include <expected>
#include <string>
#include <variant>

#include "drivers/payment/protocol/apdu.hpp"

// Moves whole ZVT APDUs between the kiosk (ECR) and the payment terminal (PT). TCP sends them bare;
// serial wraps them in DLE/STX frames with a CRC and link-level ACK/NAK. The session above never knows
// which one it has.
namespace foyer::payment {

struct LinkClosed {
  std::string reason;
};
struct LinkTimeout {};
// interrupt() was called while waiting (the visitor pressed Cancel).
struct LinkInterrupted {};
using Received = std::variant<zvt::Apdu, LinkTimeout, LinkClosed, LinkInterrupted>;

class ZvtLink {
 public:
  virtual ~ZvtLink() = default;
  virtual std::expected<void, std::string> connect() = 0;
  virtual void close() = 0;
  [[nodiscard]] virtual bool isOpen() const = 0;
  virtual std::expected<void, std::string> send(const zvt::Apdu& apdu) = 0;
  // The next APDU, or why none came within `timeout`.
  virtual Received receive(std::chrono::milliseconds timeout) = 0;
  // Thread-safe: makes the current (or next) receive() return LinkInterrupted once.
  virtual void interrupt() = 0;
  // "tcp 127.0.0.1:20007" or "serial /dev/ttyACM0": for logs and foyerctl.
  [[nodiscard]] virtual std::string describe() const = 0;
};

}  // namespace foyer::payment
