#pragma once
#include <cstdint>
#include <expected>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// A thin owner of one SQLite connection for the terminal's durable stores (payment journal, outbox).
// Opened in WAL mode with synchronous=FULL: a transaction that returned is on disk, whatever happens to
// the power next. Every call reports failure as a message naming the file; nothing throws.
namespace foyer::store {

class Statement;

class SqliteDatabase {
 public:
  static std::expected<SqliteDatabase, std::string> open(const std::filesystem::path& file);
  ~SqliteDatabase();
  SqliteDatabase(SqliteDatabase&& other) noexcept;
  SqliteDatabase& operator=(SqliteDatabase&& other) noexcept;
  SqliteDatabase(const SqliteDatabase&) = delete;
  SqliteDatabase& operator=(const SqliteDatabase&) = delete;

  // Runs one or more statements without results (schema, BEGIN, COMMIT).
  std::expected<void, std::string> exec(std::string_view sql);
  std::expected<Statement, std::string> prepare(std::string_view sql);
  [[nodiscard]] const std::filesystem::path& file() const { return m_file; }
  [[nodiscard]] std::string lastError() const;

 private:
  SqliteDatabase(sqlite3* handle, std::filesystem::path file) : m_handle(handle), m_file(std::move(file)) {}
  sqlite3* m_handle = nullptr;
  std::filesystem::path m_file;
};

// A prepared statement: bind by 1-based index, step, read columns of the current row.
class Statement {
 public:
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, std::int64_t value);
  Statement& bindNull(int index);
  template <typename T>
  Statement& bind(int index, const std::optional<T>& value) {
    if (!value) return bindNull(index);
    if constexpr (std::is_integral_v<T>) return bind(index, static_cast<std::int64_t>(*value));
    else return bind(index, std::string_view(*value));
  }

  // True while a row is available; an error ends the iteration and is kept in error().
  bool step();
  // Runs a statement that returns no rows; the message on failure.
  std::expected<void, std::string> run();
  void reset();

  [[nodiscard]] std::string text(int column) const;
  [[nodiscard]] std::int64_t integer(int column) const;
  [[nodiscard]] bool isNull(int column) const;
  [[nodiscard]] const std::optional<std::string>& error() const { return m_error; }

 private:
  friend class SqliteDatabase;
  Statement(sqlite3* db, sqlite3_stmt* statement) : m_db(db), m_statement(statement) {}
  sqlite3* m_db = nullptr;
  sqlite3_stmt* m_statement = nullptr;
  std::optional<std::string> m_error;
};

}  // namespace foyer::store
