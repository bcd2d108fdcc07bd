// foyerctl: diagnostics and administration of a Foyer terminal from the command line.
#include <CLI/CLI.hpp>

#include "kiosk/cli/card_command.hpp"
#include "kiosk/cli/exit_codes.hpp"
#include "kiosk/cli/mrz_command.hpp"
#include "kiosk/cli/photo_command.hpp"
#include "kiosk/cli/payment_command.hpp"
#include "kiosk/cli/staff_command.hpp"

int main(int argc, char** argv) {
  CLI::App app{"foyerctl: diagnose and administer a Foyer terminal.\n"
               "Commands reach the same code the kiosk uses, without its screen."};
  app.set_version_flag("--version", std::string("foyerctl ") + FOYER_VERSION);
  app.require_subcommand(1);
  int exitCode = foyer::cli::kExitOk;
  foyer::cli::addMrzCommands(app, exitCode);
  foyer::cli::addCardCommands(app, exitCode);
  foyer::cli::addPhotoCommands(app, exitCode);
  foyer::cli::addStaffCommands(app, exitCode);
  foyer::cli::addPaymentCommands(app, exitCode);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? 0 : foyer::cli::kExitBadInput;
  }
  return exitCode;
}
