#include "kiosk/store/ticket_book.hpp"

#include <cctype>

namespace foyer::store {

std::string compactStamp(const std::string& isoTimeUtc) {
  std::string digits;
  for (char c : isoTimeUtc) {
    if (std::isdigit(static_cast<unsigned char>(c)) != 0) digits += c;
  }
  digits.resize(14, '0');
  return digits.substr(0, 8) + "T" + digits.substr(8, 6);
}

std::expected<std::unique_ptr<TicketBook>, std::string> TicketBook::open(const std::filesystem::path& file) {
  auto db = SqliteDatabase::open(file);
  if (!db) return std::unexpected(db.error());
  if (auto ok = db->exec("CREATE TABLE IF NOT EXISTS counters(name TEXT PRIMARY KEY, value INTEGER NOT NULL)"); !ok) {
    return std::unexpected(ok.error());
  }
  return std::unique_ptr<TicketBook>(new TicketBook(std::move(*db)));
}

std::expected<std::int64_t, std::string> TicketBook::bump(const std::string& counter) {
  const std::scoped_lock lock(m_mutex);
  auto statement = m_db.prepare(
      "INSERT INTO counters(name, value) VALUES(?1, 1) ON CONFLICT(name) DO UPDATE SET value = value + 1 "
      "RETURNING value");
  if (!statement) return std::unexpected(statement.error());
  statement->bind(1, counter);
  if (!statement->step()) return std::unexpected(statement->error().value_or("no counter value"));
  return statement->integer(0);
}

std::expected<std::string, std::string> TicketBook::nextTicket(const std::string& prefix, const std::string& isoDate) {
  auto value = bump("ticket:" + prefix + ":" + isoDate.substr(0, 10));
  if (!value) return std::unexpected(value.error());
  std::string number = std::to_string(*value);
  if (number.size() < 3) number.insert(0, 3 - number.size(), '0');
  return prefix + "-" + number;
}

std::expected<std::string, std::string> TicketBook::nextRecordReference(const std::string& terminal,
                                                                        const std::string& isoTimeUtc) {
  auto value = bump("record");
  if (!value) return std::unexpected(value.error());
  std::string counter = std::to_string(*value);
  if (counter.size() < 6) counter.insert(0, 6 - counter.size(), '0');
  return terminal + "-" + compactStamp(isoTimeUtc) + "-" + counter;
}

}  // namespace foyer::store
