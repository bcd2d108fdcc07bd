#include "drivers/document/mrz/mrz_date.hpp"

#include <cstdio>

namespace foyer::document::mrz {
namespace {

std::optional<int> twoDigits(std::string_view text, bool& unknown) {
  if (text == "<<") {
    unknown = true;
    return 0;
  }
  if (text.size() != 2 || text[0] < '0' || text[0] > '9' || text[1] < '0' || text[1] > '9') return std::nullopt;
  return (text[0] - '0') * 10 + (text[1] - '0');
}

bool leapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysIn(int month, int year) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && leapYear(year) ? 29 : kDays[month - 1];
}

}  // namespace

std::string MrzDate::iso() const {
  char text[16];
  auto part = [](int value, int width, char* out) {
    if (value == 0) {
      for (int i = 0; i < width; ++i) out[i] = 'X';
    } else {
      std::snprintf(out, static_cast<std::size_t>(width) + 1, "%0*d", width, value);
    }
  };
  part(year, 4, text);
  text[4] = '-';
  part(month, 2, text + 5);
  text[7] = '-';
  part(day, 2, text + 8);
  text[10] = '\0';
  return text;
}

std::optional<MrzDate> parseDate(std::string_view yymmdd, DateKind kind, int referenceYear) {
  if (yymmdd.size() != 6) return std::nullopt;
  bool yearUnknown = false;
  bool monthUnknown = false;
  bool dayUnknown = false;
  const auto yy = twoDigits(yymmdd.substr(0, 2), yearUnknown);
  const auto mm = twoDigits(yymmdd.substr(2, 2), monthUnknown);
  const auto dd = twoDigits(yymmdd.substr(4, 2), dayUnknown);
  if (!yy || !mm || !dd) return std::nullopt;
  if (kind == DateKind::Expiry && (yearUnknown || monthUnknown || dayUnknown)) return std::nullopt;

  MrzDate date;
  if (!yearUnknown) {
    const int century = referenceYear / 100 * 100;
    int year = century + *yy;
    if (kind == DateKind::Birth) {
      if (year > referenceYear) year -= 100;
    } else {
      if (year > referenceYear + 30) year -= 100;
      if (year < referenceYear - 70) year += 100;
    }
    date.year = year;
  }
  if (!monthUnknown) {
    if (*mm < 1 || *mm > 12) return std::nullopt;
    date.month = *mm;
  }
  if (!dayUnknown) {
    const int limit = date.month == 0 ? 31 : daysIn(date.month, date.year == 0 ? 2000 : date.year);
    if (*dd < 1 || *dd > limit) return std::nullopt;
    date.day = *dd;
  }
  return date;
}

}  // namespace foyer::document::mrz
