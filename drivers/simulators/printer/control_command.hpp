#pragma once
#include <string>
#include <string_view>

#include "drivers/simulators/printer/simulated_printer.hpp"

namespace foyer::simulators::printer {

struct ControlResult {
  std::string answer;   // one line, without the newline
  escpos::Bytes toHost;  // an ASB block for the printer's connection, when the change produced one
};

// One line from the control socket: paper-out, paper-ok, paper-near-end, cover-open, cover-closed, status.
// Answers "ok", the status JSON, or "error: ..." for anything else.
ControlResult applyControlCommand(std::string_view line, SimulatedPrinter& printer);

}  // namespace foyer::simulators::printer
