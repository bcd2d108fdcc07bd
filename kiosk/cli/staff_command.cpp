#include "kiosk/cli/staff_command.hpp"

#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <string>

#include "kiosk/cli/exit_codes.hpp"
#include "kiosk/staff/pin_hash.hpp"
#include "kiosk/visit/secure_wipe.hpp"

namespace foyer::cli {
namespace {

// Reads one line from standard input; on a terminal without echo, so the PIN is not on the screen.
// The PIN never comes from the command line: that would leave it in shell history and in `ps`.
std::string readPin() {
  const bool tty = isatty(STDIN_FILENO) != 0;
  termios saved{};
  if (tty) {
    std::cerr << "PIN (4 to 12 digits): " << std::flush;
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string pin;
  std::getline(std::cin, pin);
  if (tty) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::cerr << '\n';
  }
  return pin;
}

int hashPinCommand(const std::string& id) {
  std::string pin = readPin();
  const bool digits = pin.size() >= 4 && pin.size() <= 12 &&
                      std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits) {
    visit::secureWipe(pin);
    std::cerr << "foyerctl: a staff PIN is 4 to 12 digits (the terminal's PIN pad has digits only)\n";
    return kExitBadInput;
  }
  const std::string hash = staff::hashPin(pin);
  visit::secureWipe(pin);
  if (hash.empty()) {
    std::cerr << "foyerctl: the PIN could not be hashed (libsodium did not start or memory ran out)\n";
    return kExitFailed;
  }
  std::cout << "[[staff.members]]\n";
  if (!id.empty()) std::cout << "id = \"" << id << "\"\n";
  std::cout << "pin_hash = \"" << hash << "\"\n";
  return kExitOk;
}

}  // namespace

void addStaffCommands(CLI::App& app, int& exitCode) {
  CLI::App* staff = app.add_subcommand("staff", "Staff access to the supervisor panel");
  staff->require_subcommand(1);
  auto* hash = staff->add_subcommand(
      "hash-pin",
      "Read a PIN from standard input (hidden on a terminal) and print a [[staff.members]] entry with its salted "
      "Argon2id hash for the config file. The PIN itself is stored nowhere.");
  auto id = std::make_shared<std::string>();
  hash->add_option("--id", *id, "The staff number to put in the entry (digits, as typed on the PIN pad)")
      ->check([](const std::string& value) {
        const bool ok = !value.empty() && value.size() <= 16 &&
                        std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
        return ok ? std::string() : std::string("a staff number is 1 to 16 digits");
      });
  hash->callback([id, &exitCode] { exitCode = hashPinCommand(*id); });
}

}  // namespace foyer::cli
