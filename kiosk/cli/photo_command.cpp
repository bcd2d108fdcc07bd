#include "kiosk/cli/photo_command.hpp"

#include <cctype>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>
#include <optional>

#include <nlohmann/json.hpp>

#include "drivers/document/mrz_ocr/image_file.hpp"
#include "drivers/photo/face_finder.hpp"
#include "drivers/photo/face_matcher.hpp"
#include "drivers/photo/icao_crop.hpp"
#include "drivers/photo/photo_quality.hpp"
#include "kiosk/cli/exit_codes.hpp"
#include "kiosk/config/config_loader.hpp"

namespace foyer::cli {
namespace {

struct PhotoOptions {
  std::filesystem::path image;
  std::filesystem::path reference;  // match only: the portrait to compare with
  std::filesystem::path faceModel;  // match only; empty: the config's
  std::optional<double> threshold;  // match only; unset: the config's
  std::filesystem::path output;  // crop only
  std::filesystem::path config;  // the terminal's config: its photo limits, models and crop
  photo::FaceModels models;
  bool json = false;
};

// What the live screen would use: the config's [photo] section, else the built-in defaults. Models given
// on the command line win over the config's.
struct PhotoSetup {
  photo::QualityLimits limits;
  photo::CropLayout crop;
  photo::FaceModels models;
  std::filesystem::path faceModel;
  double faceMatchThreshold = photo::kDefaultFaceMatchThreshold;
};

std::optional<PhotoSetup> setupFrom(const PhotoOptions& options, bool modelsGiven) {
  PhotoSetup setup;
  setup.models = options.models;
  setup.faceModel = options.faceModel;
  if (options.threshold) setup.faceMatchThreshold = *options.threshold;
  if (options.config.empty()) return setup;
  auto config = config::loadConfig(options.config);
  if (!config) {
    std::cerr << "foyerctl: the config file is broken:\n" << config.error().describe() << '\n';
    return std::nullopt;
  }
  setup.limits = config->photo.limits;
  setup.crop = config->photo.crop;
  if (!modelsGiven) setup.models = {.cascade = config->photo.cascade, .landmarks = config->photo.landmarks};
  if (options.faceModel.empty()) setup.faceModel = config->photo.faceModel;
  if (!options.threshold) setup.faceMatchThreshold = config->photo.faceMatchThreshold;
  return setup;
}

struct Analysed {
  cv::Mat image;
  std::vector<photo::FaceLandmarks> faces;
  photo::QualityReport report;
};

std::optional<Analysed> analyse(const PhotoOptions& options, const PhotoSetup& setup) {
  auto image = document::mrz::loadImageFile(options.image);
  if (!image) {
    std::cerr << "foyerctl: " << image.error() << '\n';
    return std::nullopt;
  }
  auto finder = photo::FaceFinder::load(setup.models);
  if (!finder) {
    std::cerr << "foyerctl: " << finder.error() << '\n';
    return std::nullopt;
  }
  Analysed out{std::move(*image), {}, {}};
  out.faces = finder->find(out.image);
  out.report = photo::assessQuality(out.image, out.faces, setup.limits);
  return out;
}

int runCheck(const PhotoOptions& options, bool modelsGiven) {
  const auto setup = setupFrom(options, modelsGiven);
  if (!setup) return kExitBadInput;
  const auto analysed = analyse(options, *setup);
  if (!analysed) return kExitBadInput;
  const auto& faces = analysed->faces;
  const photo::QualityReport& report = analysed->report;
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

int runCrop(const PhotoOptions& options, bool modelsGiven) {
  const auto setup = setupFrom(options, modelsGiven);
  if (!setup) return kExitBadInput;
  const auto analysed = analyse(options, *setup);
  if (!analysed) return kExitBadInput;
  if (analysed->faces.size() != 1 || !analysed->report.face) {
    std::cerr << "foyerctl: " << analysed->faces.size() << " faces in " << options.image.string()
              << "; the photo needs exactly one\n";
    return kExitFailed;
  }
  const photo::CropPlan plan = photo::planCrop(*analysed->report.face, analysed->image.size(), setup->crop);
  if (!plan.insideFrame) {
    std::cerr << "foyerctl: the face is too close to the picture's edge for the 35:45 photo\n";
    return kExitFailed;
  }
  std::string extension = options.output.extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const bool jp2 = extension == ".jp2";
  if (!jp2 && extension != ".jpg" && extension != ".jpeg") {
    std::cerr << "foyerctl: the output must end in .jpg, .jpeg or .jp2\n";
    return kExitBadInput;
  }
  const cv::Mat photo = photo::cropPhoto(analysed->image, plan);
  const auto encoded = photo::encodePhoto(photo, jp2 ? photo::PhotoFormat::Jpeg2000 : photo::PhotoFormat::Jpeg,
                                          jp2 ? 100 : 90);
  if (!encoded) {
    std::cerr << "foyerctl: " << encoded.error() << '\n';
    return kExitFailed;
  }
  std::ofstream out(options.output, std::ios::binary);
  out.write(reinterpret_cast<const char*>(encoded->data()), static_cast<std::streamsize>(encoded->size()));
  if (!out.flush()) {
    std::cerr << "foyerctl: cannot write " << options.output.string() << '\n';
    return kExitBadInput;
  }
  std::cout << "wrote " << options.output.string() << " (" << photo.cols << " x " << photo.rows << " px, "
            << encoded->size() << " bytes)" << (analysed->report.pass() ? "" : "; note: the picture fails a criterion, see `foyerctl photo check`") << '\n';
  return kExitOk;
}

int runMatch(const PhotoOptions& options, bool modelsGiven) {
  const auto setup = setupFrom(options, modelsGiven);
  if (!setup) return kExitBadInput;
  if (setup->faceModel.empty()) {
    std::cerr << "foyerctl: face match not available: no face model (--face-model or photo.face_model in the config)\n";
    return kExitBadInput;
  }
  auto matcher = photo::FaceMatcher::load(setup->faceModel);
  if (!matcher) {
    std::cerr << "foyerctl: face match not available: " << matcher.error() << '\n';
    return kExitBadInput;
  }
  auto finder = photo::FaceFinder::load(setup->models);
  if (!finder) {
    std::cerr << "foyerctl: " << finder.error() << '\n';
    return kExitBadInput;
  }
  photo::FaceEmbedding embeddings[2];
  const std::filesystem::path* files[2] = {&options.image, &options.reference};
  for (int i = 0; i < 2; ++i) {
    auto image = document::mrz::loadImageFile(*files[i]);
    if (!image) {
      std::cerr << "foyerctl: " << image.error() << '\n';
      return kExitBadInput;
    }
    const std::vector<photo::FaceLandmarks> faces = finder->find(*image);
    if (faces.empty()) {
      std::cerr << "foyerctl: no face in " << files[i]->string() << '\n';
      return kExitFailed;
    }
    embeddings[i] = matcher->embed(*image, faces.front());  // the largest face
    if (embeddings[i].empty()) {
      std::cerr << "foyerctl: the face model gave no embedding for " << files[i]->string() << '\n';
      return kExitBadInput;
    }
  }
  const double score = photo::similarity(embeddings[0], embeddings[1]);
  const bool same = score >= setup->faceMatchThreshold;
  if (options.json) {
    std::cout << nlohmann::json{{"score", score}, {"threshold", setup->faceMatchThreshold}, {"same_person", same}}.dump(2)
              << '\n';
  } else {
    std::cout << (same ? "SAME PERSON" : "DIFFERENT") << "  score " << std::fixed << std::setprecision(3) << score
              << " (threshold " << setup->faceMatchThreshold << ")\n";
  }
  return same ? kExitOk : kExitFailed;
}

// Options both commands share: the models and the terminal's config.
void addModelOptions(CLI::App* command, PhotoOptions& options) {
  command->add_option("--config", options.config, "The terminal's config file: its [photo] limits, models and crop");
  command->add_option("--cascade", options.models.cascade, "OpenCV face cascade (default from opencv-data)")
      ->capture_default_str();
  command->add_option("--landmarks", options.models.landmarks,
                      "dlib 68-point landmark model (default from libdlib-data; not cleared for commercial use)")
      ->capture_default_str();
}

}  // namespace

void addPhotoCommands(CLI::App& app, int& exitCode) {
  CLI::App* photoApp = app.add_subcommand("photo", "Biometric photo: ICAO quality checks and the document crop");
  photoApp->require_subcommand(1);
  auto options = std::make_shared<PhotoOptions>();
  CLI::App* check = photoApp->add_subcommand(
      "check", "Check a portrait image: every criterion with its measured value, limits and verdict.\n"
               "Exit code 0 all pass, 1 a criterion fails, 2 the image, a model or the config cannot be read.");
  check->add_option("IMAGE", options->image, "Image file (PNG, JPEG, ...)")->required();
  check->add_flag("--json", options->json, "Print JSON");
  addModelOptions(check, *options);
  check->callback([options, check, &exitCode] {
    exitCode = runCheck(*options, check->count("--cascade") + check->count("--landmarks") > 0);
  });

  CLI::App* crop = photoApp->add_subcommand(
      "crop", "Cut the document photo (35:45, eyes level, face 75 % of the height) out of a picture, as the\n"
              "kiosk does after capture. Exit code 0 written, 1 no single face or too close to the edge,\n"
              "2 the image, a model or the config cannot be read.");
  crop->add_option("IMAGE", options->image, "Image file (PNG, JPEG, ...)")->required();
  crop->add_option("-o,--output", options->output, "The photo to write: .jpg/.jpeg (JPEG) or .jp2 (JPEG 2000)")
      ->required();
  addModelOptions(crop, *options);
  crop->callback([options, crop, &exitCode] {
    exitCode = runCrop(*options, crop->count("--cascade") + crop->count("--landmarks") > 0);
  });

  CLI::App* match = photoApp->add_subcommand(
      "match", "Compare the largest face in PHOTO with the one in PORTRAIT (e.g. a chip's DG2 image) as the kiosk\n"
               "does for staff: the similarity score and the threshold. Needs a face-embedding model (docs/photo.md).\n"
               "Exit code 0 the same person, 1 different people or no face, 2 an image, a model or the config\n"
               "cannot be read.");
  match->add_option("PHOTO", options->image, "Image file (PNG, JPEG, JPEG 2000, ...)")->required();
  match->add_option("PORTRAIT", options->reference, "Image file to compare with")->required();
  match->add_option("--face-model", options->faceModel, "Face-embedding ONNX model (default: photo.face_model)");
  match->add_option("--threshold", options->threshold, "Similarity for \"same person\" (default: photo.face_match_threshold, else 0.40)")
      ->check(CLI::Range(-1.0, 1.0));
  match->add_flag("--json", options->json, "Print JSON");
  addModelOptions(match, *options);
  match->callback([options, match, &exitCode] {
    exitCode = runMatch(*options, match->count("--cascade") + match->count("--landmarks") > 0);
  });
}

}  // namespace foyer::cli
