#pragma once
#include <optional>

#include "drivers/payment/protocol/pt_messages.hpp"
#include "drivers/payment/station/payment_record.hpp"

// Deciding what happened to a payment whose end we did not see, from the PT's own account of its last
// transaction (Repeat Receipt, 06 20). Pure: the worker does the talking, this only judges.
namespace foyer::payment {

enum class Verdict {
  Booked,     // the PT's last transaction is ours and approved: the visitor was charged
  NotBooked,  // ours was declined, or the PT reversed it (its auto-reversal when our acknowledgement
              // never arrived): nobody was charged
  Unknown,    // the PT's last transaction is not ours: it cannot tell us
};

Verdict judge(const PaymentRecord& ours, const std::optional<zvt::StatusInformation>& ptLast);

}  // namespace foyer::payment
