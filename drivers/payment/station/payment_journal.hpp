#pragma once
#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "drivers/payment/station/payment_record.hpp"

// Where payments are remembered across power cuts. Every call returns only once the change is on disk;
// a failed write is reported and the payment must not go on (never charge what cannot be remembered).
// The kiosk's implementation is SQLite (kiosk/store/sqlite_payment_journal).
namespace foyer::payment {

class PaymentJournal {
 public:
  virtual ~PaymentJournal() = default;
  // Stores a new record, or the new state of a known one, and one history line saying what changed.
  virtual std::expected<void, std::string> save(const PaymentRecord& record, const std::string& event) = 0;
  virtual std::optional<PaymentRecord> find(const std::string& reference) = 0;
  // Records that are neither settled, failed nor reversed, oldest first.
  virtual std::vector<PaymentRecord> unfinished() = 0;
  // The newest records, newest first (staff and foyerctl).
  virtual std::vector<PaymentRecord> recent(std::size_t count) = 0;
  // A new reference, unique on this terminal and sorting by time: "<terminal>-<yyyymmddThhmmss>-<n>".
  virtual std::string newReference(const std::string& terminal, const std::string& isoTimeUtc) = 0;
};

}  // namespace foyer::payment
