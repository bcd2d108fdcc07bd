#include "kiosk/cli/mrz_command.hpp"

#include <chrono>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "drivers/document/mrz/mrz_correction.hpp"
#include "drivers/document/mrz/mrz_parser.hpp"
#include "kiosk/cli/exit_codes.hpp"
#include "kiosk/cli/mrz_report.hpp"

namespace foyer::cli {
namespace {

struct ParseOptions {
  std::vector<std::string> lines;
  bool json = false;
  bool noCorrection = false;
  int year = 0;
};

int currentYear() {
  const auto today = std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  return static_cast<int>(today.year());
}

int runParse(const ParseOptions& options) {
  using namespace document::mrz;
  std::vector<std::string_view> lines(options.lines.begin(), options.lines.end());
  CorrectedLines correction{options.lines, {}, false};
  if (!options.noCorrection) correction = correctOcrConfusions(lines);
  std::vector<std::string_view> corrected(correction.lines.begin(), correction.lines.end());
  auto document = parse(std::span<const std::string_view>(corrected), options.year != 0 ? options.year : currentYear());
  if (!document) {
    const auto& error = document.error();
    if (options.json) {
      std::cout << nlohmann::json{{"valid", false},
                                  {"error", {{"line", error.line}, {"position", error.position}, {"message", error.message}}}}
                       .dump(2)
                << '\n';
    } else {
      std::cerr << "foyerctl: ";
      if (error.line > 0) std::cerr << "line " << error.line << ", position " << error.position << ": ";
      std::cerr << error.message << '\n';
    }
    return kExitBadInput;
  }
  if (options.json) {
    std::cout << mrzReport(*document, correction).dump(2) << '\n';
  } else {
    std::cout << mrzText(*document, correction);
  }
  const bool valid = document->valid();
  document->wipe();
  return valid ? kExitOk : kExitFailed;
}

}  // namespace

void addMrzCommands(CLI::App& app, int& exitCode) {
  CLI::App* mrz = app.add_subcommand("mrz", "Machine-readable zones of passports, ID cards and visas");
  mrz->require_subcommand(1);
  auto options = std::make_shared<ParseOptions>();
  CLI::App* parse = mrz->add_subcommand(
      "parse", "Parse an MRZ given as its 2 or 3 lines: fields, each check digit's verdict, corrections applied.\n"
               "Exit code: 0 valid, 1 a check digit or field fails, 2 not an MRZ.");
  parse->add_option("lines", options->lines, "The MRZ lines (2 × 44, 2 × 36 or 3 × 30 characters)")
      ->required()
      ->expected(2, 3);
  parse->add_flag("--json", options->json, "Print JSON instead of text");
  parse->add_flag("--no-correct", options->noCorrection, "Do not undo OCR look-alike confusions");
  parse->add_option("--year", options->year, "Reference year for the century of two-digit years (default: now)");
  parse->callback([options, &exitCode] { exitCode = runParse(*options); });
}

}  // namespace foyer::cli
