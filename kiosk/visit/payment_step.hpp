#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "drivers/payment/protocol/codes.hpp"
#include "drivers/payment/station/payment_record.hpp"

namespace foyer::visit {

// Where paying the fee stands. The card itself never reaches the kiosk: the payment terminal reads it;
// the kiosk only sees the masked number and the receipt the terminal prints.
struct PaymentStep {
  std::uint64_t attemptId = 0;  // the payment under way; 0: none
  std::optional<payment::zvt::TerminalPrompt> prompt;  // what the terminal asks of the visitor now
  bool cancelling = false;      // the visitor pressed Cancel; the terminal has not answered yet
  enum class Problem { None, Declined, Cancelled, CardProblem, TerminalFault, Unavailable };
  Problem problem = Problem::None;
  payment::zvt::PaymentProblem detail = payment::zvt::PaymentProblem::Other;  // finer reason for the screen
  int attempts = 0;             // payments tried in this visit
  bool payAtCounter = false;    // card payment not possible: the fee is paid at the counter
  std::optional<payment::PaymentRecord> paid;  // the booked payment and its receipt
};

}  // namespace foyer::visit
