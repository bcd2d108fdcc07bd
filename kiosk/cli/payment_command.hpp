#pragma once
#include <CLI/CLI.hpp>

namespace foyer::cli {

// `foyerctl payment ...`: a test payment through the configured card terminal, the payment journal, and
// finishing payments a crash left open.
void addPaymentCommands(CLI::App& app, int& exitCode);

}  // namespace foyer::cli
