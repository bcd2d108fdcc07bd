#pragma once
#include <expected>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>

#include "kiosk/store/durable_counter.hpp"
#include "kiosk/store/sqlite_database.hpp"

// Queue-ticket numbers and visit record references, counted durably so a restart never hands out a
// number twice. Ticket numbers restart every day per prefix ("A-001"); references never repeat.
namespace foyer::store {

class TicketBook {
 public:
  static std::expected<std::unique_ptr<TicketBook>, std::string> open(const std::filesystem::path& file);

  // The next ticket for `prefix` on `isoDate` ("2026-06-15"): "A-001", "A-002", ...
  std::expected<std::string, std::string> nextTicket(const std::string& prefix, const std::string& isoDate);
  // "<terminal>-<yyyymmddThhmmss>-<nnnnnn>": unique on this terminal, sorting by time.
  std::expected<std::string, std::string> nextRecordReference(const std::string& terminal, const std::string& isoTimeUtc);

 private:
  explicit TicketBook(SqliteDatabase db) : m_db(std::move(db)) {}
  std::mutex m_mutex;
  SqliteDatabase m_db;
};

}  // namespace foyer::store
