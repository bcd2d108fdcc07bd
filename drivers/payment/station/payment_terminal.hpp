#pragma once
#include <cstdint>
#include <string>

// The card payment terminal as the flow sees it. Reports arrive as events on another thread
// (payment_events.hpp), each tagged with the attempt id pay() returned.
namespace foyer::payment {

struct PaymentRequest {
  std::uint64_t amountCents = 0;
  std::uint16_t currency = 978;
  std::string purpose;  // for the journal's note, e.g. the service id; never personal data
};

class PaymentTerminal {
 public:
  virtual ~PaymentTerminal() = default;
  // Starts a payment; returns its attempt id (never 0). It ends with exactly one PaymentEnded.
  virtual std::uint64_t pay(const PaymentRequest& request) = 0;
  // Asks the terminal to stop the payment under way (the visitor pressed Cancel). The PT may still
  // finish it: the PaymentEnded that follows says what really happened.
  virtual void cancel() = 0;
  // The visit ended while its payment was under way (idle timeout, staff cancel): stop it, and should the
  // PT book it all the same, reverse it, for nobody will get what was paid for.
  virtual void abandon() = 0;
  // The visit that paid `reference` has been recorded: the payment is final.
  virtual void settle(const std::string& reference) = 0;
};

}  // namespace foyer::payment
