#pragma once
#include <optional>
#include <string>

#include "drivers/document/mrz/mrz_date.hpp"
#include "kiosk/visit/document_step.hpp"
#include "screens/widgets/ui.hpp"

namespace foyer::screens::office {

// A date in the language's pattern ("format.date"); unknown parts of an MRZ date as "XX".
std::string formatDate(const Ui& ui, const std::optional<document::mrz::MrzDate>& date);

// Areas are given as laid out for left-to-right; these mirror them for right-to-left themselves.

// A bar filling in the reading direction, with the percentage beside it in words and digits, so the
// progress is not told by colour alone.
void progressBar(Ui& ui, const Rect& area, double fraction);

// A framed note with a sign at the reading start: for what staff will check, or a warning. Returns the
// height used.
float notice(Ui& ui, const Rect& area, std::string_view text, bool warning);

// The document going onto the reader, drawn (no image files): it moves down onto the reader plate and
// rests there; while the chip is read, waves go out from the chip; when the card was taken away it hovers
// above the plate with an arrow pointing back down.
void documentAnimation(Ui& ui, const Rect& area, visit::DocumentStep::Phase phase, double seconds);

}  // namespace foyer::screens::office
