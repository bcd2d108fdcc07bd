#pragma once
#include <string>
#include <vector>

#include "drivers/signature/signature_strokes.hpp"

// Whether what the visitor drew can pass for a signature: enough ink, enough points, wide enough. It
// cannot tell a name from a scribble; it refuses the dot, the dash and the accidental touch, and tells
// the visitor what to do with a translation key.
namespace foyer::signature {

struct InkLimits {
  double minInk = 1.0;    // total stroke length in field widths (a y distance counts height / width)
  double minSpan = 0.25;  // bounding box width as a fraction of the field width
  int minPoints = 10;
};

struct InkVerdict {
  bool accepted = false;
  std::string hint;  // "signature.hint.empty" / ".more" / ".wider"; empty when accepted
  double ink = 0;    // as InkLimits::minInk
  double span = 0;   // as InkLimits::minSpan
  int points = 0;
};

// `aspectRatio`: the field's width / height.
InkVerdict checkInk(const std::vector<Stroke>& strokes, double aspectRatio, const InkLimits& limits = {});

}  // namespace foyer::signature
