#include "drivers/photo/station/captured_photo.hpp"

#include <string.h>  // explicit_bzero

namespace foyer::photo {

void wipeBytes(std::vector<std::uint8_t>& bytes) {
  if (!bytes.empty()) explicit_bzero(bytes.data(), bytes.size());
  bytes.clear();
}

void CapturedPhoto::wipe() {
  wipeBytes(encoded);
  wipeBytes(rgba);
  width = height = 0;
  quality.clear();
  liveness.clear();
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
  }
  return *this;
}

CapturedPhoto::~CapturedPhoto() { wipe(); }

}  // namespace foyer::photo
