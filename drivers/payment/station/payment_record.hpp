#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// One card payment as the terminal remembers it, from the moment before the payment terminal (PT) is
// asked to charge until it is settled, failed or reversed. The payment journal keeps these durably so a
// power cut at any instant can be finished correctly on the next start (docs/payment.md).
namespace foyer::payment {

enum class PaymentState {
  Pending,     // written before the authorisation is sent; no approval acknowledged to the PT yet
  Approved,    // the PT reported approval and we stored it; our acknowledgement may or may not have left
  Paid,        // the PT completed the payment: it is booked
  Settled,     // the visit that paid it was recorded: final
  Failed,      // declined, cancelled or never booked: nobody was charged. Final
  Reversing,   // a reversal has been decided (the visit was lost) and is being sent
  Reversed,    // the PT reversed it: nobody was charged. Final
  Unresolved,  // the PT could not tell us; staff must look. Blocks new payments until resolved
};

std::string_view stateName(PaymentState state);
std::optional<PaymentState> stateFromName(std::string_view name);
// Settled, Failed and Reversed never change again.
bool isFinal(PaymentState state);

// A receipt line as the PT delivered it (the ECR prints the PT's receipts: registration config BE).
struct ReceiptLine {
  std::string text;  // UTF-8
  bool centred = false;
  bool doubleWidth = false;
  bool doubleHeight = false;
};

struct PaymentRecord {
  std::string reference;  // unique per terminal and time-ordered; also printed on the receipt
  std::uint64_t amountCents = 0;
  std::uint16_t currency = 978;  // ISO 4217 numeric; EUR
  PaymentState state = PaymentState::Pending;
  std::string createdAt;  // ISO 8601 UTC
  std::string updatedAt;
  // From the PT's status information (04 0F) and completion; what reconciliation compares.
  std::optional<std::uint8_t> resultCode;
  std::optional<std::uint32_t> receiptNumber;
  std::optional<std::uint32_t> trace;
  std::optional<std::uint32_t> terminalId;
  std::optional<std::string> cardName;
  std::optional<std::string> maskedPan;  // as the PT printed it; the PT never sends a full PAN
  std::optional<std::string> ptDateTime;  // "MM-DD HH:MM:SS" as the PT reported it
  std::vector<ReceiptLine> customerReceipt;
  std::string note;  // what happened, for staff (a sentence; never personal data)
};

}  // namespace foyer::payment
