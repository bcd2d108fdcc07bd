#include "drivers/payment/station/reconciliation.hpp"

namespace foyer::payment {

Verdict judge(const PaymentRecord& ours, const std::optional<zvt::StatusInformation>& ptLast) {
  if (!ptLast) return Verdict::Unknown;
  // A reversal names the trace number of the transaction it undid.
  if (ours.trace && ptLast->originalTrace == ours.trace) return Verdict::NotBooked;
  // Without our receipt number (we never stored an approval) the PT's last transaction cannot be ours
  // with certainty, even if the amount matches.
  if (!ours.receiptNumber || ptLast->receiptNumber != ours.receiptNumber) return Verdict::Unknown;
  if (ptLast->amountCents && *ptLast->amountCents != ours.amountCents) return Verdict::Unknown;
  return ptLast->result == 0 ? Verdict::Booked : Verdict::NotBooked;
}

}  // namespace foyer::payment
