#pragma once
#include <string_view>

#include "kiosk/flow/state_context.hpp"

// The capture steps after the document (photo, fingerprints, signature) in their fixed order, each only
// for services that need it. Staff may send a visitor back to redo one; the visit then resumes where it was.
namespace foyer::flow::office {

// The state that begins the first capture step after `step` that the visit's service needs, or the
// summary. `step` is a config capture step name, or "" for "after the document".
std::string_view nextCaptureState(StateContext& context, std::string_view step);
// The state where the visitor finished the capture step before `step` (or confirmed the document).
std::string_view previousCaptureState(StateContext& context, std::string_view step);
// `step` is done: on to the next step, or back to where staff interrupted the visit to redo it.
void finishCaptureStep(StateContext& context, std::string_view step);

}  // namespace foyer::flow::office
