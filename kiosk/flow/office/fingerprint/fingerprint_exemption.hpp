#pragma once
#include <chrono>
#include <optional>

#include "drivers/document/mrz/mrz_date.hpp"

namespace foyer::flow::office {

// Whether a visitor born on `birth` is younger than `years` on `today`. Only a certainly younger visitor
// is exempt: unknown parts of the birth date (MRZ "XX") count as the earliest they could be, and no
// birth date at all exempts nobody. `years` 0: nobody is exempt.
bool youngerThan(const std::optional<document::mrz::MrzDate>& birth, int years, std::chrono::year_month_day today);

}  // namespace foyer::flow::office
