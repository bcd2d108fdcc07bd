#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace foyer::document::mrz {

// A date from the MRZ. Unknown parts (written '<' in the MRZ, allowed for birth dates) are 0.
struct MrzDate {
  int year = 0;
  int month = 0;
  int day = 0;

  [[nodiscard]] bool complete() const { return year != 0 && month != 0 && day != 0; }
  [[nodiscard]] std::string iso() const;  // "1974-08-12", unknown parts as "XX"
  friend bool operator==(const MrzDate&, const MrzDate&) = default;
};

enum class DateKind { Birth, Expiry };

// YYMMDD to a date. The century follows from the kind and a reference year the caller supplies (the
// current year: parsing stays free of clocks): a birth date is never in the future; an expiry date lies
// within 70 years before and 30 years after the reference year. Empty when the date cannot exist.
std::optional<MrzDate> parseDate(std::string_view yymmdd, DateKind kind, int referenceYear);

}  // namespace foyer::document::mrz
