#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "drivers/photo/station/captured_photo.hpp"

// What the photo station reports, each value tagged with the attempt it belongs to, so a late report of
// a stopped attempt can be told apart and ignored.
namespace foyer::photo {

// One analysed frame: what to tell the visitor. Up to the analysis rate (about 25 a second).
struct PhotoGuidance {
  std::uint64_t attemptId = 0;
  bool faceFound = false;
  std::string hint;           // translation key ("photo.hint.move_left"), the most important first
  int passingFrames = 0;      // frames in a row that met every criterion ...
  int holdFrames = 1;         // ... of this many needed
  bool alive = false;         // a sign of life was seen
  std::vector<MeasuredCriterion> criteria;  // every criterion of this frame, for staff
};

struct PhotoTaken {
  std::uint64_t attemptId = 0;
  CapturedPhoto photo;
};

struct PhotoFailed {
  enum class Kind {
    NoCamera,    // the camera cannot be opened
    CameraLost,  // no frame for photo.frame_timeout_ms: unplugged, or hung
    NoModels,    // the face models cannot be loaded: the photo station is out of order
  };
  std::uint64_t attemptId = 0;
  Kind kind = Kind::NoCamera;
  std::string message;  // precise reason for logs and staff; never personal data
};

}  // namespace foyer::photo
