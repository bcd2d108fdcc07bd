#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "drivers/payment/station/payment_record.hpp"

// The receipt and queue-ticket printer as the flow sees it: the flow hands over what to print as values;
// the printer lays it out from the templates, in the visitor's language, and reports once, as an event
// (PrintEnded), whether the paper came out.
namespace foyer::printing {

struct PrintOrder {
  std::string language;
  std::string ticketNumber;        // "A-017"
  std::string recordReference;     // printed, and carried by the ticket's QR code
  std::string serviceId;
  std::int64_t feeCents = 0;
  std::optional<payment::PaymentRecord> payment;  // the booked payment with the card terminal's receipt
  bool payAtCounter = false;       // the fee is still to be paid at the counter
  std::chrono::system_clock::time_point issuedAt;
};

struct PrintEnded {
  std::uint64_t attemptId = 0;
  bool printed = false;   // receipt and ticket came out
  bool paperOut = false;  // the printer has no paper (or its cover is open): staff must come
  std::string message;    // for logs and staff
};

class TicketPrinter {
 public:
  virtual ~TicketPrinter() = default;
  // Prints the receipt (when there was a payment) and the ticket; returns the attempt id (never 0).
  virtual std::uint64_t print(const PrintOrder& order) = 0;
};

}  // namespace foyer::printing
