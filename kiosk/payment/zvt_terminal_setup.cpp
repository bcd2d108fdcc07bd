#include "kiosk/payment/zvt_terminal_setup.hpp"

#include <chrono>

#include "drivers/payment/station/zvt_link_factory.hpp"
#include "kiosk/staff/audit_log.hpp"

namespace foyer::kiosk_payment {

std::expected<std::unique_ptr<payment::ZvtPaymentTerminal>, std::string> openZvtTerminal(
    const config::Config& config, payment::PaymentJournal& journal, payment::ZvtPaymentTerminal::Report report) {
  const config::PaymentConfig& settings = config.payment;
  auto link = payment::makeZvtLink(settings.terminal, settings.connectTimeout);
  if (!link) return std::unexpected("[payment] terminal: " + link.error());
  payment::ZvtTerminalSettings terminal;
  terminal.session.password = settings.password;
  terminal.session.printerColumns = settings.receiptColumns;
  terminal.session.t3 = settings.ackTimeout;
  terminal.session.t4 = settings.completionTimeout;
  terminal.terminalName = config.terminal.id + "-pay";
  return std::make_unique<payment::ZvtPaymentTerminal>(
      std::move(*link), terminal, journal, [] { return staff::isoUtc(std::chrono::system_clock::now()); },
      std::move(report));
}

}  // namespace foyer::kiosk_payment
