#include "kiosk/flow/office/fingerprint/fingerprint_exemption.hpp"

namespace foyer::flow::office {

bool youngerThan(const std::optional<document::mrz::MrzDate>& birth, int years, std::chrono::year_month_day today) {
  if (years <= 0 || !birth || birth->year == 0) return false;
  const int month = birth->month == 0 ? 1 : birth->month;
  const int day = birth->day == 0 ? 1 : birth->day;
  // The birthday `years` on; a 29 February birthday falls on 1 March in other years (as German law counts).
  const std::chrono::year_month_day due{std::chrono::year(birth->year + years), std::chrono::month(static_cast<unsigned>(month)),
                                        std::chrono::day(static_cast<unsigned>(day))};
  const std::chrono::sys_days dueDay = due.ok() ? std::chrono::sys_days(due)
                                                : std::chrono::sys_days(due.year() / due.month() / std::chrono::last) +
                                                      std::chrono::days(1);
  return std::chrono::sys_days(today) < dueDay;
}

}  // namespace foyer::flow::office
