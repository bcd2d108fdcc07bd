#include "kiosk/flow/office/document/document_place_state.hpp"

#include <spdlog/spdlog.h>

#include "drivers/document/station/document_reader.hpp"
#include "kiosk/flow/office/document/typed_access_data.hpp"
#include "kiosk/flow/office/office_states.hpp"

namespace foyer::flow::office {
namespace {

constexpr std::string_view kMrzTimer = "mrz";

using Step = visit::DocumentStep;

Step::Phase phaseOf(document::DocumentProgress::Phase phase) {
  using P = document::DocumentProgress::Phase;
  switch (phase) {
    case P::LookingForMrz: return Step::Phase::LookingForMrz;
    case P::WaitingForChip: return Step::Phase::WaitingForChip;
    case P::ReadingChip: return Step::Phase::ReadingChip;
    case P::CardRemoved: return Step::Phase::CardRemoved;
    case P::Verifying: return Step::Phase::Verifying;
  }
  return Step::Phase::LookingForMrz;
}

Step::Problem problemOf(document::DocumentReadFailed::Kind kind) {
  using K = document::DocumentReadFailed::Kind;
  switch (kind) {
    case K::NoCamera: return Step::Problem::NoCamera;
    case K::AccessDenied: return Step::Problem::AccessDenied;
    case K::NotAnEmrtd: return Step::Problem::NotAnEmrtd;
    case K::ChipError: return Step::Problem::ChipError;
    case K::CardLost: return Step::Problem::CardLost;
    case K::NotGenuine: return Step::Problem::NotGenuine;
  }
  return Step::Problem::ChipError;
}

}  // namespace

void DocumentPlaceState::enter(StateContext& context) {
  Step& step = context.visit().document;
  step.problem = Step::Problem::None;
  step.fraction = 0;
  step.phase = step.useTypedData ? Step::Phase::WaitingForChip : Step::Phase::LookingForMrz;
  document::DocumentReader* reader = context.devices().documentReader;
  if (reader == nullptr) {
    step.problem = Step::Problem::NoCamera;
    context.go(kDocumentProblem);
    return;
  }
  document::ReadRequest request;
  if (step.useTypedData) {
    auto key = accessKeyFrom(step.typed);
    if (!key) {
      context.go(kDocumentTyping);
      return;
    }
    request.typedKey = std::move(*key);
  } else {
    context.startTimer(std::string(kMrzTimer), context.config().document.mrzTimeout);
  }
  step.readId = reader->start(std::move(request));
  ++step.attempts;
}

void DocumentPlaceState::exit(StateContext& context) {
  if (document::DocumentReader* reader = context.devices().documentReader) reader->stop();
}

bool DocumentPlaceState::handleEvent(StateContext& context, const Event& event) {
  Step& step = context.visit().document;
  if (const auto* timer = std::get_if<TimerExpired>(&event)) {
    if (timer->name != kMrzTimer) return false;
    spdlog::info("flow: no readable MRZ within {} s", context.config().document.mrzTimeout.count());
    step.problem = Step::Problem::MrzUnreadable;
    context.go(kDocumentProblem);
    return true;
  }
  if (const auto* progress = std::get_if<document::DocumentProgress>(&event)) {
    if (progress->readId != step.readId) return true;  // a read that was stopped
    step.phase = phaseOf(progress->phase);
    step.fraction = progress->fraction;
    // The MRZ was found: the chip decides from here on, however long the visitor needs to put it back.
    if (step.phase != Step::Phase::LookingForMrz) context.cancelTimer(kMrzTimer);
    return true;
  }
  if (const auto* done = std::get_if<document::DocumentReadDone>(&event)) {
    if (done->readId != step.readId) return true;
    visit::Visit& visit = context.visit();
    visit.identity = done->reading;
    if (step.useTypedData && !visit.identity->fromChip) {
      // No chip to read from: what the visitor typed is all there is, and staff see that it was typed.
      visit.identity->documentNumber = step.typed.documentNumber;
      visit.identity->birthDate = typedDate(step.typed.birthDate);  // valid: the read starts only with valid dates
      visit.identity->expiryDate = typedDate(step.typed.expiryDate);
    }
    ++visit.identitySerial;
    context.go(kDocumentCheck);
    return true;
  }
  if (const auto* failed = std::get_if<document::DocumentReadFailed>(&event)) {
    if (failed->readId != step.readId) return true;
    step.problem = problemOf(failed->kind);
    context.go(kDocumentProblem);
    return true;
  }
  return false;
}

}  // namespace foyer::flow::office
