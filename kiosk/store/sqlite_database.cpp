#include "kiosk/store/sqlite_database.hpp"

#include <sqlite3.h>

#include <utility>

namespace foyer::store {

namespace {
std::string describe(sqlite3* db, const std::filesystem::path& file, std::string_view what) {
  return std::string(what) + " (" + file.string() + "): " + (db != nullptr ? sqlite3_errmsg(db) : "out of memory");
}
}  // namespace

std::expected<SqliteDatabase, std::string> SqliteDatabase::open(const std::filesystem::path& file) {
  std::error_code error;
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), error);
  sqlite3* handle = nullptr;
  const int rc = sqlite3_open_v2(file.c_str(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                                                            SQLITE_OPEN_FULLMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = describe(handle, file, "cannot open the database");
    sqlite3_close(handle);
    return std::unexpected(message);
  }
  SqliteDatabase db(handle, file);
  // Another process (foyerctl) may read while the kiosk writes: wait for its lock instead of failing.
  sqlite3_busy_timeout(handle, 5000);
  // WAL + FULL: a committed transaction survives a power cut; readers never block the writer.
  if (auto ok = db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"); !ok) {
    return std::unexpected(ok.error());
  }
  return db;
}

SqliteDatabase::~SqliteDatabase() {
  if (m_handle != nullptr) sqlite3_close_v2(m_handle);
}

SqliteDatabase::SqliteDatabase(SqliteDatabase&& other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr)), m_file(std::move(other.m_file)) {}

SqliteDatabase& SqliteDatabase::operator=(SqliteDatabase&& other) noexcept {
  if (this != &other) {
    if (m_handle != nullptr) sqlite3_close_v2(m_handle);
    m_handle = std::exchange(other.m_handle, nullptr);
    m_file = std::move(other.m_file);
  }
  return *this;
}

std::expected<void, std::string> SqliteDatabase::exec(std::string_view sql) {
  char* message = nullptr;
  const std::string copy(sql);
  if (sqlite3_exec(m_handle, copy.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = "SQLite (" + m_file.string() + "): " + (message != nullptr ? message : "error");
    sqlite3_free(message);
    return std::unexpected(text);
  }
  return {};
}

std::expected<Statement, std::string> SqliteDatabase::prepare(std::string_view sql) {
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(m_handle, sql.data(), static_cast<int>(sql.size()), &statement, nullptr) != SQLITE_OK) {
    return std::unexpected(describe(m_handle, m_file, "cannot prepare a statement"));
  }
  return Statement(m_handle, statement);
}

std::string SqliteDatabase::lastError() const { return describe(m_handle, m_file, "SQLite"); }

Statement::~Statement() {
  if (m_statement != nullptr) sqlite3_finalize(m_statement);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_statement(std::exchange(other.m_statement, nullptr)), m_error(std::move(other.m_error)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    if (m_statement != nullptr) sqlite3_finalize(m_statement);
    m_db = other.m_db;
    m_statement = std::exchange(other.m_statement, nullptr);
    m_error = std::move(other.m_error);
  }
  return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
  sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
  sqlite3_bind_int64(m_statement, index, value);
  return *this;
}

Statement& Statement::bindNull(int index) {
  sqlite3_bind_null(m_statement, index);
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(m_statement);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) m_error = sqlite3_errmsg(m_db);
  return false;
}

std::expected<void, std::string> Statement::run() {
  m_error.reset();
  while (step()) {
  }
  if (m_error) return std::unexpected(*m_error);
  return {};
}

void Statement::reset() {
  sqlite3_reset(m_statement);
  sqlite3_clear_bindings(m_statement);
  m_error.reset();
}

std::string Statement::text(int column) const {
  const auto* bytes = sqlite3_column_text(m_statement, column);
  if (bytes == nullptr) return {};
  return {reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column))};
}

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(m_statement, column); }

bool Statement::isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }

}  // namespace foyer::store
