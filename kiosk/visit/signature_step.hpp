#pragma once
#include <chrono>
#include <optional>
#include <string>

#include "drivers/signature/signature_capture.hpp"
#include "drivers/signature/signature_strokes.hpp"

namespace foyer::visit {

// Where the signature step stands: the strokes as they are drawn, then the accepted signature.
struct SignatureStep {
  signature::SignaturePad pad;
  std::optional<std::chrono::steady_clock::time_point> firstInk;  // stroke times count from here
  std::string hint;  // translation key: why the last "Done" was refused; empty while none was
  std::optional<signature::SignatureCapture> capture;  // set once the visitor's signature passed
  bool approvedByStaff = false;  // staff kept a signature below the ink check (a mark, a short name)
};

}  // namespace foyer::visit
