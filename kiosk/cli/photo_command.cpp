#include "kiosk/cli/photo_command.hpp"

#include <iomanip>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "drivers/document/mrz_ocr/image_file.hpp"
#include "drivers/photo/face_finder.hpp"
#include "drivers/photo/photo_quality.hpp"
#include "kiosk/cli/exit_codes.hpp"

namespace foyer::cli {
namespace {

struct PhotoCheckOptions {
  std::filesystem::path image;
  photo::FaceModels models;
  bool json = false;
};

int runCheck(const PhotoCheckOptions& options) {
  const auto image = document::mrz::loadImageFile(options.image);
  if (!image) {
    std::cerr << "foyerctl: " << image.error() << '\n';
    return kExitBadInput;
  }
  auto finder = photo::FaceFinder::load(options.models);
  if (!finder) {
    std::cerr << "foyerctl: " << finder.error() << '\n';
    return kExitBadInput;
  }
  const auto faces = finder->find(*image);
  const photo::QualityReport report = photo::assessQuality(*image, faces, photo::QualityLimits{});
  if (options.json) {
    nlohmann::json criteria = nlohmann::json::array();
    for (const auto& result : report.results) {
      criteria.push_back({{"criterion", photo::criterionName(result.criterion)},
                          {"pass", result.pass},
                          {"value", result.value},
                          {"low", result.low},
                          {"high", result.high},
                          {"hint", result.hint}});
    }
    nlohmann::json out{{"pass", report.pass()}, {"faces", faces.size()}, {"criteria", criteria}};
    if (report.face) {
      out["face"] = {{"inter_eye_distance", report.face->interEyeDistance},
                     {"eye_midpoint", {report.face->eyeMidpoint.x, report.face->eyeMidpoint.y}},
                     {"face_height", report.face->faceHeight}};
    }
    std::cout << out.dump(2) << '\n';
  } else {
    std::cout << (report.pass() ? "PASS" : "FAIL") << "  " << faces.size() << " face(s) in " << options.image.string()
              << '\n';
    for (const auto& result : report.results) {
      std::cout << "  " << (result.pass ? "ok  " : "FAIL") << "  " << std::left << std::setw(13)
                << photo::criterionName(result.criterion) << std::right << std::setw(10) << std::setprecision(3)
                << result.value << "  [" << result.low << ", " << result.high << "]"
                << (result.hint.empty() ? "" : "  " + result.hint) << '\n';
    }
  }
  return report.pass() ? kExitOk : kExitFailed;
}

}  // namespace

void addPhotoCommands(CLI::App& app, int& exitCode) {
  CLI::App* photoApp = app.add_subcommand("photo", "Biometric photo: ICAO quality checks of a portrait");
  photoApp->require_subcommand(1);
  auto options = std::make_shared<PhotoCheckOptions>();
  CLI::App* check = photoApp->add_subcommand(
      "check", "Check a portrait image: every criterion with its measured value, limits and verdict.\n"
               "Exit code 0 all pass, 1 a criterion fails, 2 the image or a model cannot be read.");
  check->add_option("IMAGE", options->image, "Image file (PNG, JPEG, ...)")->required();
  check->add_flag("--json", options->json, "Print JSON");
  check->add_option("--cascade", options->models.cascade, "OpenCV face cascade (default from opencv-data)")
      ->capture_default_str();
  check->add_option("--landmarks", options->models.landmarks,
                    "dlib 68-point landmark model (default from libdlib-data; not cleared for commercial use)")
      ->capture_default_str();
  check->callback([options, &exitCode] { exitCode = runCheck(*options); });
}

}  // namespace foyer::cli
