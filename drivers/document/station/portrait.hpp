#pragma once
#include <expected>
#include <string>

#include "drivers/document/emrtd/lds.hpp"
#include "drivers/document/station/identity_reading.hpp"

namespace foyer::document {

// Decodes DG2's face image for the screen: JPEG, or JPEG 2000 (JP2 file or raw J2K codestream; OpenCV
// decodes it with OpenJPEG). The result is RGBA. Damaged or unknown data gives an error, never a crash.
std::expected<Portrait, std::string> decodePortrait(const emrtd::lds::FaceImage& face);

}  // namespace foyer::document
