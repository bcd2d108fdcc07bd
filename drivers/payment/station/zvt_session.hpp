#pragma once
#include <chrono>
#include <cstdint>
#include <expected>
#include <functional>
#include <optional>
#include <string>

#include "drivers/payment/protocol/commands.hpp"
#include "drivers/payment/protocol/pt_messages.hpp"
#include "drivers/payment/station/zvt_link.hpp"

// The ECR side of one ZVT conversation: send a command, wait for the PT's acknowledgement within T3,
// then answer every message the PT sends until its Completion or Abort, each within T4 (restarted by
// every message). What to do with each message is the caller's; the session only keeps the protocol's
// rhythm and timers. Runs on the payment worker thread; only requestAbort() may be called from others.
namespace foyer::payment {

struct ZvtSessionSettings {
  std::uint32_t password = 0;
  std::uint8_t config = 0xBE;  // the ECR prints every receipt, wants intermediate status, PT keypad locked
  std::uint16_t currency = 978;
  int printerColumns = 42;
  std::chrono::milliseconds t3{5000};
  std::chrono::milliseconds t4{180000};
};

struct CommandEnd {
  enum class Kind {
    Completed,  // 06 0F (or 80 00 for commands without a completion)
    Aborted,    // 06 1E with `code`
    Refused,    // 84 xx to the command itself, `code` = xx
    NoAnswer,   // T3 or T4 ran out: the outcome is unknown
    LinkLost,   // the connection closed: the outcome is unknown
  };
  Kind kind = Kind::NoAnswer;
  std::uint8_t code = 0;
  std::optional<zvt::Completion> completion;
  std::string detail;  // for logs
};

// The caller's answer to one PT message: true acknowledges (80 00 00); false refuses it (84 66 00), which
// for a status information means "goods not issued": the PT then reverses the payment itself.
using MessageHandler = std::function<bool(const zvt::PtMessage&)>;

class ZvtSession {
 public:
  ZvtSession(ZvtLink& link, ZvtSessionSettings settings) : m_link(link), m_settings(settings) {}

  // Connects if needed and registers the ECR (06 00). Every later command needs this first.
  std::expected<zvt::Completion, std::string> open();
  void close();
  [[nodiscard]] bool isOpen() const { return m_registered && m_link.isOpen(); }

  // Sends `command` and serves the PT until the command ends. `expectsCompletion` is false for commands
  // the PT only acknowledges (log-off).
  CommandEnd run(const zvt::Apdu& command, const MessageHandler& handler, zvt::Awaiting awaiting = zvt::Awaiting::Generic,
                 bool expectsCompletion = true);

  // From any thread: asks the PT to stop the running command (06 B0). The PT may refuse or finish
  // anyway; the command's end says what happened.
  void requestAbort() { m_link.interrupt(); }

  [[nodiscard]] const ZvtSessionSettings& settings() const { return m_settings; }
  [[nodiscard]] std::string describe() const { return m_link.describe(); }

 private:
  ZvtLink& m_link;
  ZvtSessionSettings m_settings;
  bool m_registered = false;
};

}  // namespace foyer::payment
