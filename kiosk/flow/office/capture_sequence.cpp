#include "kiosk/flow/office/capture_sequence.hpp"

#include <algorithm>
#include <iterator>

#include "kiosk/flow/office/office_states.hpp"

namespace foyer::flow::office {
namespace {

// Where a capture step begins, and the state a visitor leaves it from (Back from the next step).
struct CaptureStates {
  std::string_view step;
  std::string_view begin;
  std::string_view last;
};
constexpr CaptureStates kStates[] = {
    {config::kPhotoStep, kPhoto, kPhotoResult},
    {config::kFingerprintsStep, kFingerprints, kFingerprints},
    {config::kSignatureStep, kSignature, kSignature},
};

// Position in the fixed order; -1 for "" (before the first capture step).
int indexOf(std::string_view step) {
  for (int i = 0; i < static_cast<int>(std::size(kStates)); ++i) {
    if (kStates[i].step == step) return i;
  }
  return -1;
}

bool needed(StateContext& context, int index) {
  return context.config().serviceNeeds(context.visit().serviceId, kStates[index].step);
}

}  // namespace

std::string_view nextCaptureState(StateContext& context, std::string_view step) {
  for (int i = indexOf(step) + 1; i < static_cast<int>(std::size(kStates)); ++i) {
    if (needed(context, i)) return kStates[i].begin;
  }
  return kSummary;
}

std::string_view previousCaptureState(StateContext& context, std::string_view step) {
  const int from = step.empty() ? static_cast<int>(std::size(kStates)) : indexOf(step);
  for (int i = from - 1; i >= 0; --i) {
    if (needed(context, i)) return kStates[i].last;
  }
  return kDocumentCheck;
}

void finishCaptureStep(StateContext& context, std::string_view step) {
  visit::Visit& visit = context.visit();
  if (!visit.resumeAt.empty()) {
    const std::string resume = std::move(visit.resumeAt);
    visit.resumeAt.clear();
    context.go(resume);
    return;
  }
  context.go(nextCaptureState(context, step));
}

}  // namespace foyer::flow::office
