#pragma once
#include <expected>
#include <filesystem>
#include <mutex>
#include <string>

#include "drivers/payment/station/payment_journal.hpp"
#include "kiosk/store/sqlite_database.hpp"

// The payment journal in SQLite (WAL, synchronous=FULL): each save is one transaction holding the new
// state and a history line, so the history always explains the state. Safe to call from the payment
// worker and the flow thread.
namespace foyer::store {

class SqlitePaymentJournal final : public payment::PaymentJournal {
 public:
  static std::expected<std::unique_ptr<SqlitePaymentJournal>, std::string> open(const std::filesystem::path& file);

  std::expected<void, std::string> save(const payment::PaymentRecord& record, const std::string& event) override;
  std::optional<payment::PaymentRecord> find(const std::string& reference) override;
  std::vector<payment::PaymentRecord> unfinished() override;
  std::vector<payment::PaymentRecord> recent(std::size_t count) override;
  std::string newReference(const std::string& terminal, const std::string& isoTimeUtc) override;

  // The history lines of one payment, oldest first: "<time> <state> <event>".
  std::vector<std::string> history(const std::string& reference);

 private:
  explicit SqlitePaymentJournal(SqliteDatabase db) : m_db(std::move(db)) {}
  std::vector<payment::PaymentRecord> select(const std::string& whereAndOrder, std::optional<std::string> key,
                                             std::optional<std::int64_t> limit);
  std::mutex m_mutex;
  SqliteDatabase m_db;
};

}  // namespace foyer::store
