#pragma once
#include <cstdint>
#include <expected>
#include <string>
#include <string_view>

#include "kiosk/store/sqlite_database.hpp"

// Numbers that survive restarts (ticket numbers, reference counters): one row per counter name in the
// store's `counters` table.
namespace foyer::store {

std::expected<void, std::string> createCounters(SqliteDatabase& db);
// Adds one to the counter `name` (starting at 1) and returns the new value, in one statement.
std::expected<std::int64_t, std::string> bumpCounter(SqliteDatabase& db, std::string_view name);

// "2026-06-15T09:00:00Z" -> "20260615T090000"
std::string compactStamp(const std::string& isoTimeUtc);
// "<prefix>-<yyyymmddThhmmss>-<nnnnnn>": sorts by time; the counter keeps it unique when the clock stands
// still or goes back.
std::string timeOrderedReference(const std::string& prefix, const std::string& isoTimeUtc, std::int64_t counter);

}  // namespace foyer::store
