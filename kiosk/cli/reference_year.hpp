#pragma once
#include <chrono>

namespace foyer::cli {

// The year two-digit MRZ years are placed around: the one given with --year, else the current year.
inline int referenceYear(int requested) {
  if (requested != 0) return requested;
  const auto today = std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  return static_cast<int>(today.year());
}

}  // namespace foyer::cli
