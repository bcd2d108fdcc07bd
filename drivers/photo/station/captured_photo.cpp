#include "drivers/photo/station/captured_photo.hpp"

#include <string.h>  // explicit_bzero

namespace foyer::photo {

void wipeBytes(std::vector<std::uint8_t>& bytes) {
  if (!bytes.empty()) explicit_bzero(bytes.data(), bytes.size());
  bytes.clear();
}

const char* faceMatchOutcomeName(FaceMatch::Outcome outcome) {
  switch (outcome) {
    case FaceMatch::Outcome::NotAvailable: return "not_available";
    case FaceMatch::Outcome::NoReference: return "no_reference";
    case FaceMatch::Outcome::NoFaceInReference: return "no_face_in_reference";
    case FaceMatch::Outcome::Compared: return "compared";
  }
  return "not_available";
}

void CapturedPhoto::wipe() {
  wipeBytes(encoded);
  wipeBytes(rgba);
  width = height = 0;
  quality.clear();
  liveness.clear();
  faceMatch = {};
}

CapturedPhoto& CapturedPhoto::operator=(const CapturedPhoto& other) {
  if (this != &other) {
    wipe();
    encoded = other.encoded;
    format = other.format;
    width = other.width;
    height = other.height;
    rgba = other.rgba;
    quality = other.quality;
    liveness = other.liveness;
    faceMatch = other.faceMatch;
  }
  return *this;
}

CapturedPhoto& CapturedPhoto::operator=(CapturedPhoto&& other) noexcept {
  if (this != &other) {
    wipe();
    encoded = std::move(other.encoded);
    format = other.format;
    width = other.width;
    height = other.height;
    rgba = std::move(other.rgba);
    quality = std::move(other.quality);
    liveness = std::move(other.liveness);
    faceMatch = std::move(other.faceMatch);
  }
  return *this;
}

CapturedPhoto::~CapturedPhoto() { wipe(); }

}  // namespace foyer::photo
