#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "drivers/payment/protocol/codes.hpp"
#include "drivers/payment/station/payment_record.hpp"

// What the payment terminal reports to the flow.
namespace foyer::payment {

// The PT asks the visitor for something ("insert card", "enter PIN"): shown in the visitor's language.
struct PaymentPrompt {
  std::uint64_t attemptId = 0;
  zvt::TerminalPrompt prompt = zvt::TerminalPrompt::PleaseWait;
};

struct PaymentEnded {
  enum class Outcome {
    Paid,         // booked; `record` holds the receipt
    NotPaid,      // declined, cancelled or failed: nobody was charged; `problem` says why
    Unavailable,  // the payment could not start (terminal unreachable, journal not writable, an earlier
                  // payment still unresolved): nobody was charged
  };
  std::uint64_t attemptId = 0;
  Outcome outcome = Outcome::NotPaid;
  zvt::PaymentProblem problem = zvt::PaymentProblem::Other;
  PaymentRecord record;
  std::string message;  // precise reason for logs and staff; never personal data
};

// A payment left unfinished by a crash or power cut was settled on start: staff should know.
struct PaymentRecovered {
  PaymentRecord record;  // its final (or unresolved) state and the note saying what was done
};

}  // namespace foyer::payment
