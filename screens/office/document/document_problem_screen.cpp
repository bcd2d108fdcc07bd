#include <algorithm>

#include "screens/office/document/document_widgets.hpp"
#include "screens/office/office_screens.hpp"
#include "screens/widgets/button.hpp"
#include "screens/widgets/draw.hpp"
#include "screens/widgets/page_frame.hpp"

namespace foyer::screens::office {
namespace {

using Problem = visit::DocumentStep::Problem;

std::string_view messageKey(Problem problem, bool typed) {
  switch (problem) {
    case Problem::MrzUnreadable: return "problem.mrz_unreadable";
    case Problem::NoCamera: return "problem.no_camera";
    case Problem::AccessDenied: return typed ? "problem.access_denied_typed" : "problem.access_denied";
    case Problem::NotAnEmrtd: return "problem.not_emrtd";
    case Problem::CardLost: return "problem.card_lost";
    case Problem::NotGenuine: return "problem.not_genuine";
    case Problem::ChipError:
    case Problem::None: return "problem.chip_error";
  }
  return "problem.chip_error";
}

}  // namespace

// Why the document could not be read, in words a visitor understands, and the two ways on.
void drawDocumentProblem(Ui& ui) {
  const Rect content = pageFrame(ui, ui.tr("problem.title"));
  const Metrics& m = ui.metrics();
  const visit::DocumentStep& step = ui.view.visit.document;
  const float column = std::min(content.w, m.textSize * 34);
  float y = content.y + m.gap;
  y += notice(ui, {content.x, y, column, 0}, ui.tr(messageKey(step.problem, step.useTypedData)), true);
  y += m.gap * 3;

  const float height = m.touchTarget * 1.2F;
  const float width = std::max(m.touchTarget * 4, (column - m.gap) / 2);
  const bool typedWrong = step.problem == Problem::AccessDenied && step.useTypedData;
  const bool twoColumns = width * 2 + m.gap <= content.w;
  const Rect first = ui.mirrored({content.x, y, width, height});
  const Rect second = twoColumns ? ui.mirrored({content.x + width + m.gap, y, width, height})
                                 : ui.mirrored({content.x, y + height + m.gap, width, height});
  // Wrongly typed data: checking it is the likely fix, so it comes first and is the main action.
  const std::string_view typeLabel = typedWrong ? ui.tr("problem.check_typed") : ui.tr("problem.type");
  if (button(ui, "problem.retry", {ui.tr("problem.retry")}, typedWrong ? second : first,
             typedWrong ? ButtonStyle::Secondary : ButtonStyle::Primary)) {
    ui.emit(flow::Intent{flow::IntentKind::Retry, {}});
  }
  // Typing the data cannot help when the card is no passport, or its chip is not the one issued.
  if (step.problem != Problem::NotAnEmrtd && step.problem != Problem::NotGenuine &&
      button(ui, "problem.type", {typeLabel}, typedWrong ? first : second,
             typedWrong ? ButtonStyle::Primary : ButtonStyle::Secondary)) {
    ui.emit(flow::Intent{flow::IntentKind::TypeInstead, {}});
  }
}

}  // namespace foyer::screens::office
