#pragma once
#include <random>
#include <string>
#include <vector>

#include "drivers/document/mrz/mrz_layout.hpp"

namespace foyer::testing {

// A made-up MRZ of the given format with every check digit right: names from a list of real ones, states,
// document numbers with letters and digits, dates that exist, optional data that is sometimes empty.
std::vector<std::string> randomMrz(document::mrz::Format format, std::mt19937& random);

}  // namespace foyer::testing
