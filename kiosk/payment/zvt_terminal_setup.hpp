#pragma once
#include <expected>
#include <memory>
#include <string>

#include "drivers/payment/station/zvt_payment_terminal.hpp"
#include "kiosk/config/config.hpp"

// The payment terminal as `[payment]` in the config describes it, the same for the kiosk and foyerctl.
namespace foyer::kiosk_payment {

// `config.payment.terminal` must not be empty; an address that cannot be used is reported, naming the key.
std::expected<std::unique_ptr<payment::ZvtPaymentTerminal>, std::string> openZvtTerminal(
    const config::Config& config, payment::PaymentJournal& journal, payment::ZvtPaymentTerminal::Report report);

}  // namespace foyer::kiosk_payment
