#pragma once
#include <CLI/CLI.hpp>

namespace foyer::cli {

// `foyerctl photo ...`: the biometric photo checks without the kiosk UI.
void addPhotoCommands(CLI::App& app, int& exitCode);

}  // namespace foyer::cli
