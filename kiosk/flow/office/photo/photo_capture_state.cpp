#include "kiosk/flow/office/photo/photo_capture_state.hpp"

#include <spdlog/spdlog.h>

#include "drivers/photo/station/photo_camera.hpp"
#include "kiosk/flow/office/office_states.hpp"
#include "kiosk/flow/office/photo/photo_attempts.hpp"

namespace foyer::flow::office {
namespace {

constexpr std::string_view kAttemptTimer = "photo.attempt";

using Step = visit::PhotoStep;

Step::Problem problemOf(photo::PhotoFailed::Kind kind) {
  using K = photo::PhotoFailed::Kind;
  switch (kind) {
    case K::NoCamera: return Step::Problem::NoCamera;
    case K::CameraLost: return Step::Problem::CameraLost;
    case K::NoModels: return Step::Problem::OutOfOrder;
  }
  return Step::Problem::OutOfOrder;
}

// The chip's portrait, for the face match; none when the document step read no chip.
photo::ReferenceFace referenceOf(const visit::Visit& visit) {
  photo::ReferenceFace reference;
  if (visit.identity && !visit.identity->face.rgba.empty()) {
    reference.width = visit.identity->face.width;
    reference.height = visit.identity->face.height;
    reference.rgba = visit.identity->face.rgba;
  }
  return reference;
}

}  // namespace

void PhotoCaptureState::enter(StateContext& context) {
  Step& step = context.visit().photo;
  step.problem = Step::Problem::None;
  step.faceFound = false;
  step.hint.clear();
  step.passingFrames = 0;
  step.alive = false;
  step.criteria.clear();
  photo::PhotoCamera* camera = context.devices().photoCamera;
  if (camera == nullptr) {
    step.problem = Step::Problem::OutOfOrder;
    context.go(kPhotoProblem);
    return;
  }
  step.attemptId = camera->start(referenceOf(context.visit()));
  context.startTimer(std::string(kAttemptTimer), context.config().photo.attemptTimeout);
}

void PhotoCaptureState::exit(StateContext& context) {
  if (photo::PhotoCamera* camera = context.devices().photoCamera) camera->stop();
}

bool PhotoCaptureState::handleEvent(StateContext& context, const Event& event) {
  visit::Visit& visit = context.visit();
  Step& step = visit.photo;
  if (const auto* timer = std::get_if<TimerExpired>(&event)) {
    if (timer->name != kAttemptTimer) return false;
    countFailedAttempt(step, context.config().photo.staffHelpAfter);
    spdlog::info("flow: no photo within {} s (failed attempts: {})", context.config().photo.attemptTimeout.count(),
                 step.failedAttempts);
    // The camera keeps running: the visitor may still succeed, now with staff help offered.
    context.startTimer(std::string(kAttemptTimer), context.config().photo.attemptTimeout);
    return true;
  }
  if (const auto* guidance = std::get_if<photo::PhotoGuidance>(&event)) {
    if (guidance->attemptId != step.attemptId) return true;  // an attempt that was stopped
    step.faceFound = guidance->faceFound;
    if (guidance->faceFound) context.visitorPresent();
    step.hint = guidance->hint;
    step.passingFrames = guidance->passingFrames;
    step.holdFrames = guidance->holdFrames;
    step.alive = guidance->alive;
    step.criteria = guidance->criteria;
    return true;
  }
  if (const auto* taken = std::get_if<photo::PhotoTaken>(&event)) {
    if (taken->attemptId != step.attemptId) return true;
    // The outcome only: whether the comparison ran is for IT; the score is for staff, on the record.
    spdlog::info("flow: photo taken (liveness: {}, face vs chip: {})", taken->photo.liveness,
                 photo::faceMatchOutcomeName(taken->photo.faceMatch.outcome));
    step.taken = taken->photo;
    step.accepted = false;
    ++visit.photoSerial;
    context.go(kPhotoResult);
    return true;
  }
  if (const auto* failed = std::get_if<photo::PhotoFailed>(&event)) {
    if (failed->attemptId != step.attemptId) return true;
    spdlog::warn("flow: photo station: {}", failed->message);
    step.problem = problemOf(failed->kind);
    context.go(kPhotoProblem);
    return true;
  }
  return false;
}

}  // namespace foyer::flow::office
