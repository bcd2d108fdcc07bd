#include "kiosk/store/ticket_book.hpp"

namespace foyer::store {

std::expected<std::unique_ptr<TicketBook>, std::string> TicketBook::open(const std::filesystem::path& file) {
  auto db = SqliteDatabase::open(file);
  if (!db) return std::unexpected(db.error());
  if (auto ok = createCounters(*db); !ok) return std::unexpected(ok.error());
  return std::unique_ptr<TicketBook>(new TicketBook(std::move(*db)));
}

std::expected<std::string, std::string> TicketBook::nextTicket(const std::string& prefix, const std::string& isoDate) {
  const std::scoped_lock lock(m_mutex);
  auto value = bumpCounter(m_db, "ticket:" + prefix + ":" + isoDate.substr(0, 10));
  if (!value) return std::unexpected(value.error());
  std::string number = std::to_string(*value);
  if (number.size() < 3) number.insert(0, 3 - number.size(), '0');
  return prefix + "-" + number;
}

std::expected<std::string, std::string> TicketBook::nextRecordReference(const std::string& terminal,
                                                                        const std::string& isoTimeUtc) {
  const std::scoped_lock lock(m_mutex);
  auto value = bumpCounter(m_db, "record");
  if (!value) return std::unexpected(value.error());
  return timeOrderedReference(terminal, isoTimeUtc, *value);
}

}  // namespace foyer::store
