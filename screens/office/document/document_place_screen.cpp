#include <algorithm>
#include <chrono>

#include "screens/office/document/document_widgets.hpp"
#include "screens/office/office_screens.hpp"
#include "screens/widgets/draw.hpp"
#include "screens/widgets/page_frame.hpp"

namespace foyer::screens::office {
namespace {

using Phase = visit::DocumentStep::Phase;

std::string_view statusKey(Phase phase) {
  switch (phase) {
    case Phase::LookingForMrz: return "document.looking";
    case Phase::WaitingForChip: return "document.waiting_chip";
    case Phase::ReadingChip: return "document.reading_chip";
    case Phase::CardRemoved: return "document.card_removed";
    case Phase::Verifying: return "document.verifying";
  }
  return "document.looking";
}

}  // namespace

// "Place your document": an animation of the document going onto the reader, the instruction, and what
// the terminal is doing now, with a progress bar while the chip is read.
void drawDocumentPlace(Ui& ui) {
  const Rect content = pageFrame(ui, ui.tr("document.title"));
  const Metrics& m = ui.metrics();
  const Palette& p = ui.palette();
  const visit::DocumentStep& step = ui.view.visit.document;
  const double seconds = std::chrono::duration<double>(ui.view.inState).count();

  // Landscape: the picture at the reading start, text beside it. Portrait: picture above the text.
  Rect picture;
  Rect column;  // laid out left to right; drawn mirrored in right-to-left languages
  if (m.portrait()) {
    picture = {content.x, content.y, content.w, content.h * 0.45F};
    column = {content.x, picture.bottom() + m.gap * 2, content.w, content.bottom() - picture.bottom() - m.gap * 2};
  } else {
    picture = ui.mirrored({content.x, content.y, content.w * 0.42F, content.h});
    column = {content.x + content.w * 0.42F + m.gap * 3, content.y, content.w * 0.58F - m.gap * 3, content.h};
  }
  const Rect text = ui.mirrored(column);
  documentAnimation(ui, picture, step.phase, seconds);

  float y = text.y + m.gap;
  y += drawText(ui, ui.tr("document.place"), ui.theme.fonts.heading, {text.x, y, text.w, 0}, Align::Start, p.text);
  y += m.gap * 3;
  const bool removed = step.phase == Phase::CardRemoved;
  if (removed) {
    y += notice(ui, {column.x, y, column.w, 0}, ui.tr(statusKey(step.phase)), true);
  } else {
    y += drawText(ui, ui.tr(statusKey(step.phase)), ui.theme.fonts.strong, {text.x, y, text.w, 0}, Align::Start,
                  p.text);
  }
  y += m.gap * 2;
  if (step.phase == Phase::ReadingChip || step.phase == Phase::Verifying || removed) {
    progressBar(ui, {column.x, y, column.w, m.gap * 1.2F}, step.fraction);
  }
}

}  // namespace foyer::screens::office
