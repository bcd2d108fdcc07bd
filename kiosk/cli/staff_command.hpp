#pragma once
#include <CLI/CLI.hpp>

namespace foyer::cli {

// `foyerctl staff ...`: what IT needs to give staff access to the supervisor panel.
void addStaffCommands(CLI::App& app, int& exitCode);

}  // namespace foyer::cli
