#include "kiosk/store/durable_counter.hpp"

#include <cctype>

namespace foyer::store {

std::expected<void, std::string> createCounters(SqliteDatabase& db) {
  return db.exec("CREATE TABLE IF NOT EXISTS counters(name TEXT PRIMARY KEY, value INTEGER NOT NULL)");
}

std::expected<std::int64_t, std::string> bumpCounter(SqliteDatabase& db, std::string_view name) {
  auto statement = db.prepare(
      "INSERT INTO counters(name, value) VALUES(?1, 1) ON CONFLICT(name) DO UPDATE SET value = value + 1 "
      "RETURNING value");
  if (!statement) return std::unexpected(statement.error());
  statement->bind(1, name);
  if (!statement->step()) return std::unexpected(statement->error().value_or("no counter value"));
  return statement->integer(0);
}

std::string compactStamp(const std::string& isoTimeUtc) {
  std::string digits;
  for (char c : isoTimeUtc) {
    if (std::isdigit(static_cast<unsigned char>(c)) != 0) digits += c;
  }
  digits.resize(14, '0');
  return digits.substr(0, 8) + "T" + digits.substr(8, 6);
}

std::string timeOrderedReference(const std::string& prefix, const std::string& isoTimeUtc, std::int64_t counter) {
  std::string number = std::to_string(counter);
  if (number.size() < 6) number.insert(0, 6 - number.size(), '0');
  return prefix + "-" + compactStamp(isoTimeUtc) + "-" + number;
}

}  // namespace foyer::store
