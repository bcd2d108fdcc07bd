#include "kiosk/cli/mrz_command.hpp"

#include <cmath>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "drivers/document/mrz/mrz_correction.hpp"
#include "drivers/document/mrz/mrz_parser.hpp"
#include "drivers/document/mrz_ocr/image_file.hpp"
#include "drivers/document/mrz_ocr/mrz_reader.hpp"
#include "drivers/document/mrz_ocr/ocr_b_font_file.hpp"
#include "kiosk/cli/exit_codes.hpp"
#include "kiosk/cli/reference_year.hpp"
#include "kiosk/cli/mrz_report.hpp"

namespace foyer::cli {
namespace {

struct ParseOptions {
  std::vector<std::string> lines;
  bool json = false;
  bool noCorrection = false;
  int year = 0;
};

struct ReadOptions {
  std::filesystem::path image;
  bool json = false;
  std::filesystem::path font = document::mrz::kDefaultOcrBFont;
  int year = 0;
};

int runParse(const ParseOptions& options) {
  using namespace document::mrz;
  std::vector<std::string_view> lines(options.lines.begin(), options.lines.end());
  CorrectedLines correction{options.lines, {}, false};
  if (!options.noCorrection) correction = correctOcrConfusions(lines);
  std::vector<std::string_view> corrected(correction.lines.begin(), correction.lines.end());
  auto document = parse(std::span<const std::string_view>(corrected), referenceYear(options.year));
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

int readFailure(const ReadOptions& options, std::string_view kind, const std::string& message) {
  if (options.json) {
    std::cout << nlohmann::json{{"valid", false}, {"error", {{"kind", kind}, {"message", message}}}}.dump(2) << '\n';
  } else {
    std::cerr << "foyerctl: " << message << '\n';
  }
  return kExitBadInput;
}

double rounded(double value) {
  return std::round(value * 1000) / 1000;
}

int runRead(const ReadOptions& options) {
  using namespace document::mrz;
  const auto templates = loadOcrBTemplates(options.font);
  if (!templates) return readFailure(options, "font", templates.error());
  const auto image = loadImageFile(options.image);
  if (!image) return readFailure(options, toString(MrzReadFailure::NoImage), image.error());
  auto reading = readMrz(*image, *templates, referenceYear(options.year));
  if (!reading) return readFailure(options, toString(reading.error().failure), reading.error().message);
  if (options.json) {
    auto report = mrzReport(reading->document, reading->correction);
    report["ocr"] = {{"raw_lines", reading->rawLines},
                     {"mean_confidence", rounded(reading->meanConfidence)},
                     {"min_confidence", rounded(reading->minConfidence)},
                     {"ambiguous_characters", reading->ambiguousCharacters},
                     {"skew_degrees", rounded(reading->skewDegrees)}};
    std::cout << report.dump(2) << '\n';
  } else {
    std::cout << mrzText(reading->document, reading->correction);
    for (std::size_t i = 0; i < reading->rawLines.size(); ++i) {
      std::cout << "  OCR line " << i + 1 << "    " << reading->rawLines[i] << '\n';
    }
    std::cout << "  confidence    mean " << std::lround(reading->meanConfidence * 100) << " %, lowest "
              << std::lround(reading->minConfidence * 100) << " %\n";
  }
  const bool valid = reading->document.valid();
  reading->wipe();
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

  auto readOptions = std::make_shared<ReadOptions>();
  CLI::App* read = mrz->add_subcommand(
      "read",
      "Read the MRZ from a photo of the document (PNG, JPEG, TIFF, ...; about 300 dpi): the fields, each\n"
      "check digit's verdict, the corrections applied, the raw OCR lines and their confidence.\n"
      "Exit code: 0 valid, 1 a check digit or field fails, 2 no MRZ found, unreadable or no image.");
  read->add_option("image", readOptions->image, "The image file")->required();
  read->add_flag("--json", readOptions->json, "Print JSON instead of text");
  read->add_option("--font", readOptions->font, "The OCR-B font file (default: Debian's fonts-ocr-b)");
  read->add_option("--year", readOptions->year, "Reference year for the century of two-digit years (default: now)");
  read->callback([readOptions, &exitCode] { exitCode = runRead(*readOptions); });
}

}  // namespace foyer::cli
