#include "drivers/simulators/printer/control_command.hpp"

namespace foyer::simulators::printer {
namespace {

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

}  // namespace

ControlResult applyControlCommand(std::string_view line, SimulatedPrinter& printer) {
  const std::string_view command = trimmed(line);
  if (command == "status") return {printer.statusJson(), {}};
  if (command == "paper-out") return {"ok", printer.setPaper(PaperState::Out)};
  if (command == "paper-ok") return {"ok", printer.setPaper(PaperState::Ok)};
  if (command == "paper-near-end") return {"ok", printer.setPaper(PaperState::NearEnd)};
  if (command == "cover-open") return {"ok", printer.setCoverOpen(true)};
  if (command == "cover-closed") return {"ok", printer.setCoverOpen(false)};
  std::string shown(command.substr(0, 64));
  for (char& c : shown) {
    if (static_cast<unsigned char>(c) < 0x20) c = '?';
  }
  return {"error: unknown command '" + shown +
              "' (paper-out, paper-ok, paper-near-end, cover-open, cover-closed, status)",
          {}};
}

}  // namespace foyer::simulators::printer
