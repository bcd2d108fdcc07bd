#include "drivers/payment/station/zvt_session.hpp"

#include <variant>

namespace foyer::payment {

namespace {

constexpr std::uint8_t kRefusedProcessingError = 0x66;  // "goods not issued": the PT reverses
constexpr std::uint8_t kUnknownCommand = 0x83;

std::string hexByte(std::uint8_t value) { return zvt::toHex(zvt::ByteView(&value, 1)); }

}  // namespace

std::expected<zvt::Completion, std::string> ZvtSession::open() {
  m_registered = false;
  if (!m_link.isOpen()) {
    if (auto connected = m_link.connect(); !connected) return std::unexpected(connected.error());
  }
  zvt::RegistrationRequest request;
  request.password = m_settings.password;
  request.config = m_settings.config;
  request.currency = m_settings.currency;
  request.printerColumns = m_settings.printerColumns;
  const CommandEnd end = run(zvt::registration(request), [](const zvt::PtMessage&) { return true; });
  if (end.kind != CommandEnd::Kind::Completed) {
    m_link.close();
    return std::unexpected("registration at " + m_link.describe() + " failed: " + end.detail);
  }
  m_registered = true;
  return end.completion.value_or(zvt::Completion{});
}

void ZvtSession::close() {
  if (m_registered && m_link.isOpen()) (void)run(zvt::logOff(), [](const zvt::PtMessage&) { return true; },
                                                 zvt::Awaiting::Generic, false);
  m_registered = false;
  m_link.close();
}

CommandEnd ZvtSession::run(const zvt::Apdu& command, const MessageHandler& handler, zvt::Awaiting awaiting,
                           bool expectsCompletion) {
  auto unknown = [this](CommandEnd::Kind kind, std::string detail) {
    // T3/T4 or a closed socket: the spec treats the running operation as aborted; start afresh.
    m_link.close();
    m_registered = false;
    return CommandEnd{.kind = kind, .code = 0, .completion = std::nullopt, .detail = std::move(detail)};
  };
  if (auto sent = m_link.send(command); !sent) return unknown(CommandEnd::Kind::LinkLost, sent.error());

  bool acknowledged = false;  // phase 1: the PT's 80 00 within T3; phase 2: its messages within T4
  bool abortWanted = false;
  bool abortSent = false;
  std::chrono::milliseconds t4 = m_settings.t4;
  while (true) {
    if (acknowledged && abortWanted && !abortSent) {
      // An abort request may only follow the PT's acknowledgement of the command.
      abortSent = true;
      if (auto sent = m_link.send(zvt::abortRequest()); !sent) return unknown(CommandEnd::Kind::LinkLost, sent.error());
    }
    Received received = m_link.receive(acknowledged ? t4 : m_settings.t3);
    if (std::holds_alternative<LinkInterrupted>(received)) {
      abortWanted = true;
      continue;
    }
    if (std::holds_alternative<LinkTimeout>(received)) {
      return unknown(CommandEnd::Kind::NoAnswer, acknowledged ? "no completion within T4" : "no answer within T3");
    }
    if (const auto* closed = std::get_if<LinkClosed>(&received)) return unknown(CommandEnd::Kind::LinkLost, closed->reason);

    const auto message = zvt::decodePtMessage(std::get<zvt::Apdu>(received), awaiting);
    if (!message) {
      if (!acknowledged) return unknown(CommandEnd::Kind::LinkLost, "unreadable answer: " + message.error().message);
      // Never acknowledge what we could not read: for a status information that makes the PT reverse.
      if (auto sent = m_link.send(zvt::negativeAck(kRefusedProcessingError)); !sent) {
        return unknown(CommandEnd::Kind::LinkLost, sent.error());
      }
      continue;
    }
    if (std::holds_alternative<zvt::Ack>(*message)) {
      // In phase 2 this is the PT's answer to our abort request.
      if (!acknowledged && !expectsCompletion) {
        return {.kind = CommandEnd::Kind::Completed, .code = 0, .completion = std::nullopt, .detail = "acknowledged"};
      }
      acknowledged = true;
      continue;
    }
    if (const auto* nak = std::get_if<zvt::Nak>(&*message)) {
      if (acknowledged) continue;  // the PT refused our abort request; the command runs on
      return {.kind = CommandEnd::Kind::Refused, .code = nak->code, .completion = std::nullopt,
              .detail = "refused with code " + hexByte(nak->code)};
    }
    // Some terminals skip the 80 00 and start with their first message: that acknowledges the command too.
    acknowledged = true;
    if (const auto* completion = std::get_if<zvt::Completion>(&*message)) {
      (void)m_link.send(zvt::positiveAck());
      return {.kind = CommandEnd::Kind::Completed, .code = completion->result.value_or(0), .completion = *completion,
              .detail = "completed"};
    }
    if (const auto* abort = std::get_if<zvt::AbortMessage>(&*message)) {
      (void)m_link.send(zvt::positiveAck());
      return {.kind = CommandEnd::Kind::Aborted, .code = abort->result, .completion = std::nullopt,
              .detail = "aborted with code " + hexByte(abort->result)};
    }
    zvt::Apdu answer = zvt::negativeAck(kUnknownCommand);
    if (!std::holds_alternative<zvt::OtherMessage>(*message)) {
      if (const auto* status = std::get_if<zvt::IntermediateStatus>(&*message); status && status->timeoutMinutes.value_or(0) > 0) {
        t4 = std::chrono::minutes(*status->timeoutMinutes);
      }
      answer = handler(*message) ? zvt::positiveAck() : zvt::negativeAck(kRefusedProcessingError);
    }
    if (auto sent = m_link.send(answer); !sent) return unknown(CommandEnd::Kind::LinkLost, sent.error());
  }
}

}  // namespace foyer::payment
