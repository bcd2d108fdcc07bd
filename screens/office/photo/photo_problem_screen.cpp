#include <algorithm>

#include "screens/office/document/document_widgets.hpp"
#include "screens/office/office_screens.hpp"
#include "screens/widgets/button.hpp"
#include "screens/widgets/draw.hpp"
#include "screens/widgets/page_frame.hpp"

namespace foyer::screens::office {
namespace {

std::string_view messageKey(visit::PhotoStep::Problem problem) {
  using Problem = visit::PhotoStep::Problem;
  switch (problem) {
    case Problem::NoCamera: return "photo.problem.no_camera";
    case Problem::CameraLost: return "photo.problem.camera_lost";
    case Problem::OutOfOrder:
    case Problem::None: return "photo.problem.out_of_order";
  }
  return "photo.problem.out_of_order";
}

}  // namespace

// The camera failed: what happened, that staff can take the photo, and a way to try again.
void drawPhotoProblem(Ui& ui) {
  const Rect content = pageFrame(ui, ui.tr("photo.problem.title"));
  const Metrics& m = ui.metrics();
  const float column = std::min(content.w, m.textSize * 34);
  float y = content.y + m.gap;
  y += notice(ui, {content.x, y, column, 0}, ui.tr(messageKey(ui.view.visit.photo.problem)), true);
  y += m.gap * 2;
  const Rect text = ui.mirrored({content.x, y, column, 0});
  y += drawText(ui, ui.tr("photo.problem.staff"), ui.theme.fonts.text, text, Align::Start, ui.palette().text);
  y += m.gap * 3;
  const float width = std::max(m.touchTarget * 4, column / 2);
  if (button(ui, "photo.retry", {ui.tr("photo.problem.retry")}, ui.mirrored({content.x, y, width, m.touchTarget * 1.2F}),
             ButtonStyle::Primary)) {
    ui.emit(flow::Intent{flow::IntentKind::Retry, {}});
  }
}

}  // namespace foyer::screens::office
