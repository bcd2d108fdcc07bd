#pragma once
// The face-embedding model for the face-match tests. Foyer ships none (docs/photo.md): `make test` fetches
// it with tests/data/photo/fetch-face-model.sh into FOYER_FACE_MODEL_DIR, by default the user's cache.
#include <cstdlib>
#include <filesystem>
#include <string>

namespace foyer::photo {

// The model's path; empty when it was not fetched (offline): the face-match tests then skip and say so.
inline std::filesystem::path testFaceModel() {
  std::filesystem::path dir;
  if (const char* set = std::getenv("FOYER_FACE_MODEL_DIR"); set != nullptr && *set != '\0') {
    dir = set;
  } else if (const char* cache = std::getenv("XDG_CACHE_HOME"); cache != nullptr && *cache != '\0') {
    dir = std::filesystem::path(cache) / "foyer/face-model";
  } else if (const char* home = std::getenv("HOME"); home != nullptr) {
    dir = std::filesystem::path(home) / ".cache/foyer/face-model";
  }
  const std::filesystem::path model = dir / "fr_feature.onnx";
  std::error_code error;
  return std::filesystem::is_regular_file(model, error) ? model : std::filesystem::path();
}

inline constexpr const char* kNoFaceModel =
    "no face model: run tests/data/photo/fetch-face-model.sh (needs the npm registry)";

}  // namespace foyer::photo
