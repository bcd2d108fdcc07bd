#pragma once
#include <cstdint>
#include <expected>
#include <string>
#include <string_view>
#include <variant>

#include "drivers/simulators/zvt_terminal/terminal_settings.hpp"

namespace foyer::simulators::zvt {

// The control socket's language, one command a line (also --fault's, for the fault commands):
//   outcome approve | outcome decline <hex code> | outcome cancel | outcome error <hex code>
//   drop-after-approval | drop-before-ack | delay <ms> | nak | restart | status | reset
struct SetOutcome {
  Outcome outcome;
};
struct DropAfterApproval {};
struct DropBeforeAck {};
struct SetDelay {
  Millis delay{0};
};
struct NakNext {};
struct Restart {};
struct Status {};
struct Reset {};

using ControlCommand = std::variant<SetOutcome, DropAfterApproval, DropBeforeAck, SetDelay, NakNext, Restart, Status, Reset>;

// Errors are a short reason for the ERR answer.
std::expected<ControlCommand, std::string> parseControl(std::string_view line);
// The commands --fault accepts: outcome, drop-*, delay, nak.
bool isFault(const ControlCommand& command);

}  // namespace foyer::simulators::zvt
