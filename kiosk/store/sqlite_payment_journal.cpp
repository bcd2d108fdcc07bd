#include "kiosk/store/sqlite_payment_journal.hpp"

#include <nlohmann/json.hpp>

#include "kiosk/store/durable_counter.hpp"

namespace foyer::store {

namespace {

constexpr std::string_view kSchema = R"sql(
CREATE TABLE IF NOT EXISTS payments(
  reference TEXT PRIMARY KEY,
  amount_cents INTEGER NOT NULL,
  currency INTEGER NOT NULL,
  state TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  result_code INTEGER,
  receipt_number INTEGER,
  trace INTEGER,
  terminal_id INTEGER,
  card_name TEXT,
  masked_pan TEXT,
  pt_datetime TEXT,
  customer_receipt TEXT NOT NULL DEFAULT '[]',
  note TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS payment_history(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  reference TEXT NOT NULL REFERENCES payments(reference),
  at TEXT NOT NULL,
  state TEXT NOT NULL,
  event TEXT NOT NULL);
)sql";

constexpr std::string_view kColumns =
    "reference, amount_cents, currency, state, created_at, updated_at, result_code, receipt_number, trace, "
    "terminal_id, card_name, masked_pan, pt_datetime, customer_receipt, note";

std::string receiptToJson(const std::vector<payment::ReceiptLine>& lines) {
  nlohmann::json array = nlohmann::json::array();
  for (const auto& line : lines) {
    array.push_back({{"text", line.text}, {"centred", line.centred}, {"doubleWidth", line.doubleWidth},
                     {"doubleHeight", line.doubleHeight}});
  }
  return array.dump();
}

std::vector<payment::ReceiptLine> receiptFromJson(const std::string& text) {
  std::vector<payment::ReceiptLine> lines;
  const auto array = nlohmann::json::parse(text, nullptr, false);
  if (!array.is_array()) return lines;
  for (const auto& item : array) {
    if (!item.is_object()) continue;
    lines.push_back({.text = item.value("text", ""),
                     .centred = item.value("centred", false),
                     .doubleWidth = item.value("doubleWidth", false),
                     .doubleHeight = item.value("doubleHeight", false)});
  }
  return lines;
}

template <typename T>
std::optional<T> optionalInteger(const Statement& row, int column) {
  if (row.isNull(column)) return std::nullopt;
  return static_cast<T>(row.integer(column));
}

std::optional<std::string> optionalText(const Statement& row, int column) {
  if (row.isNull(column)) return std::nullopt;
  return row.text(column);
}

payment::PaymentRecord readRecord(const Statement& row) {
  payment::PaymentRecord record;
  record.reference = row.text(0);
  record.amountCents = static_cast<std::uint64_t>(row.integer(1));
  record.currency = static_cast<std::uint16_t>(row.integer(2));
  // An unknown state name (a newer version wrote it) is treated as needing staff, never as final.
  record.state = payment::stateFromName(row.text(3)).value_or(payment::PaymentState::Unresolved);
  record.createdAt = row.text(4);
  record.updatedAt = row.text(5);
  record.resultCode = optionalInteger<std::uint8_t>(row, 6);
  record.receiptNumber = optionalInteger<std::uint32_t>(row, 7);
  record.trace = optionalInteger<std::uint32_t>(row, 8);
  record.terminalId = optionalInteger<std::uint32_t>(row, 9);
  record.cardName = optionalText(row, 10);
  record.maskedPan = optionalText(row, 11);
  record.ptDateTime = optionalText(row, 12);
  record.customerReceipt = receiptFromJson(row.text(13));
  record.note = row.text(14);
  return record;
}

}  // namespace

std::expected<std::unique_ptr<SqlitePaymentJournal>, std::string> SqlitePaymentJournal::open(
    const std::filesystem::path& file) {
  auto db = SqliteDatabase::open(file);
  if (!db) return std::unexpected(db.error());
  if (auto ok = db->exec(kSchema); !ok) return std::unexpected(ok.error());
  if (auto ok = createCounters(*db); !ok) return std::unexpected(ok.error());
  return std::unique_ptr<SqlitePaymentJournal>(new SqlitePaymentJournal(std::move(*db)));
}

std::expected<void, std::string> SqlitePaymentJournal::save(const payment::PaymentRecord& record,
                                                            const std::string& event) {
  const std::scoped_lock lock(m_mutex);
  if (auto ok = m_db.exec("BEGIN IMMEDIATE"); !ok) return ok;
  auto upsert = m_db.prepare(
      "INSERT INTO payments(" + std::string(kColumns) +
      ") VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15) "
      "ON CONFLICT(reference) DO UPDATE SET amount_cents=?2, currency=?3, state=?4, updated_at=?6, "
      "result_code=?7, receipt_number=?8, trace=?9, terminal_id=?10, card_name=?11, masked_pan=?12, "
      "pt_datetime=?13, customer_receipt=?14, note=?15");
  auto history = m_db.prepare("INSERT INTO payment_history(reference, at, state, event) VALUES(?1,?2,?3,?4)");
  std::expected<void, std::string> result;
  if (!upsert) {
    result = std::unexpected(upsert.error());
  } else if (!history) {
    result = std::unexpected(history.error());
  } else {
    upsert->bind(1, record.reference)
        .bind(2, static_cast<std::int64_t>(record.amountCents))
        .bind(3, static_cast<std::int64_t>(record.currency))
        .bind(4, payment::stateName(record.state))
        .bind(5, record.createdAt.empty() ? record.updatedAt : record.createdAt)
        .bind(6, record.updatedAt)
        .bind(7, record.resultCode)
        .bind(8, record.receiptNumber)
        .bind(9, record.trace)
        .bind(10, record.terminalId)
        .bind(11, record.cardName)
        .bind(12, record.maskedPan)
        .bind(13, record.ptDateTime)
        .bind(14, receiptToJson(record.customerReceipt))
        .bind(15, record.note);
    history->bind(1, record.reference)
        .bind(2, record.updatedAt)
        .bind(3, payment::stateName(record.state))
        .bind(4, event);
    result = upsert->run();
    if (result) result = history->run();
  }
  if (!result) {
    (void)m_db.exec("ROLLBACK");
    return result;
  }
  return m_db.exec("COMMIT");
}

std::vector<payment::PaymentRecord> SqlitePaymentJournal::select(const std::string& whereAndOrder,
                                                                 std::optional<std::string> key,
                                                                 std::optional<std::int64_t> limit) {
  const std::scoped_lock lock(m_mutex);
  std::vector<payment::PaymentRecord> records;
  auto query = m_db.prepare("SELECT " + std::string(kColumns) + " FROM payments " + whereAndOrder);
  if (!query) return records;
  int index = 1;
  if (key) query->bind(index++, *key);
  if (limit) query->bind(index++, *limit);
  while (query->step()) records.push_back(readRecord(*query));
  return records;
}

std::optional<payment::PaymentRecord> SqlitePaymentJournal::find(const std::string& reference) {
  auto records = select("WHERE reference = ?1", reference, std::nullopt);
  if (records.empty()) return std::nullopt;
  return std::move(records.front());
}

std::vector<payment::PaymentRecord> SqlitePaymentJournal::unfinished() {
  return select("WHERE state NOT IN ('settled', 'failed', 'reversed') ORDER BY created_at, reference",
                std::nullopt, std::nullopt);
}

std::vector<payment::PaymentRecord> SqlitePaymentJournal::recent(std::size_t count) {
  return select("ORDER BY created_at DESC, reference DESC LIMIT ?1", std::nullopt, static_cast<std::int64_t>(count));
}

std::string SqlitePaymentJournal::newReference(const std::string& terminal, const std::string& isoTimeUtc) {
  const std::scoped_lock lock(m_mutex);
  return timeOrderedReference(terminal, isoTimeUtc, bumpCounter(m_db, "payment").value_or(0));
}

std::vector<std::string> SqlitePaymentJournal::history(const std::string& reference) {
  const std::scoped_lock lock(m_mutex);
  std::vector<std::string> lines;
  auto query = m_db.prepare("SELECT at, state, event FROM payment_history WHERE reference = ?1 ORDER BY id");
  if (!query) return lines;
  query->bind(1, reference);
  while (query->step()) lines.push_back(query->text(0) + " " + query->text(1) + " " + query->text(2));
  return lines;
}

}  // namespace foyer::store
