#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "drivers/photo/station/captured_photo.hpp"

namespace foyer::visit {

// Where the photo step stands, for its screens to draw.
struct PhotoStep {
  enum class Problem { None, NoCamera, CameraLost, OutOfOrder };
  std::uint64_t attemptId = 0;    // the attempt whose reports count
  bool faceFound = false;
  std::string hint;               // translation key of the current instruction
  int passingFrames = 0;          // toward `holdFrames`: the "hold still" progress
  int holdFrames = 1;
  bool alive = false;
  std::vector<photo::MeasuredCriterion> criteria;  // of the newest analysed frame, for staff
  int failedAttempts = 0;         // attempts that timed out or whose photo the visitor did not keep
  bool staffHelp = false;         // failed often enough that staff help is offered
  Problem problem = Problem::None;
  std::optional<photo::CapturedPhoto> taken;  // the newest photo; the record's once the visitor keeps it
  bool accepted = false;
};

}  // namespace foyer::visit
