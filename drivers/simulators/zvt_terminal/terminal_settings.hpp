#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace foyer::simulators::zvt {

using Millis = std::chrono::milliseconds;

// How the simulated terminal behaves; every value has a command-line option in foyer-zvt-sim.
struct TerminalSettings {
  std::uint32_t password = 123456;
  std::uint32_t terminalId = 52500038;
  std::string vuNumber = "123456789";
  std::string softwareVersion = "foyer-zvt-sim 1.0";
  std::string merchant = "Foyer Bürgeramt";
  Millis t3{5000};          // waiting for the ECR's 80 00 00 to each PT message
  Millis cardDelay{800};    // the visitor inserting the card (06 B0 is accepted meanwhile)
  Millis stepDelay{150};    // PIN entry, host answer
  Millis answerDelay{0};    // the `delay` fault: before each PT message
  std::optional<std::uint64_t> declineAmount;  // this amount (cents) is always declined with 05
};

// The outcome of the next authorisation.
struct Outcome {
  enum class Kind : std::uint8_t { Approve, Decline, Cancel, Error };
  Kind kind = Kind::Approve;
  std::uint8_t code = 0;  // Decline: result code (05 do not honour); Error: the 06 1E result code
  bool operator==(const Outcome&) const = default;
};

// One-shot faults, armed by --fault or the control socket.
struct Faults {
  std::optional<Outcome> outcome;   // next authorisation
  bool dropAfterApproval = false;   // next approved authorisation: booked, then the connection is closed
  bool dropBeforeAck = false;       // next approved authorisation: closed right after 04 0F, auto-reversed
  bool nakNextCommand = false;      // next command: 84 9A 00 and ignored
  bool operator==(const Faults&) const = default;
};

}  // namespace foyer::simulators::zvt
