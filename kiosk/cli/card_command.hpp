#pragma once
#include <CLI/CLI.hpp>

namespace foyer::cli {

// `foyerctl card ...`: the eMRTD chip over PC/SC without the kiosk UI.
void addCardCommands(CLI::App& app, int& exitCode);

}  // namespace foyer::cli
