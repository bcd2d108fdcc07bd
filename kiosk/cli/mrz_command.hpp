#pragma once
#include <CLI/CLI.hpp>

namespace foyer::cli {

// `foyerctl mrz ...`: the MRZ code without the kiosk UI.
void addMrzCommands(CLI::App& app, int& exitCode);

}  // namespace foyer::cli
