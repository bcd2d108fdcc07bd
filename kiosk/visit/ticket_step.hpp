#pragma once
#include <cstdint>
#include <string>

namespace foyer::visit {

// The end of a visit: its queue ticket, the reference of its record, and whether they were printed.
struct TicketStep {
  std::string number;           // "A-017"
  std::string recordReference;  // what the clerk types or scans to find the record
  std::uint64_t printId = 0;    // the print under way; 0: none
  enum class Print { NotYet, Printing, Printed, NoPaper, NoPrinter };
  Print print = Print::NotYet;
};

}  // namespace foyer::visit
