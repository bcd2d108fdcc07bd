#include "screens/office/device_problem_page.hpp"

#include <algorithm>

#include "screens/office/document/document_widgets.hpp"
#include "screens/widgets/button.hpp"
#include "screens/widgets/draw.hpp"
#include "screens/widgets/page_frame.hpp"

namespace foyer::screens::office {

void deviceProblemPage(Ui& ui, const DeviceProblemText& text, std::string_view retryId) {
  const Rect content = pageFrame(ui, ui.tr(text.title));
  const Metrics& m = ui.metrics();
  const float column = std::min(content.w, m.textSize * 34);
  float y = content.y + m.gap;
  y += notice(ui, {content.x, y, column, 0}, ui.tr(text.message), true);
  y += m.gap * 2;
  const Rect staff = ui.mirrored({content.x, y, column, 0});
  y += drawText(ui, ui.tr(text.staff), ui.theme.fonts.text, staff, Align::Start, ui.palette().text);
  y += m.gap * 3;
  const float width = std::max(m.touchTarget * 4, column / 2);
  if (button(ui, retryId, {ui.tr(text.retry)}, ui.mirrored({content.x, y, width, m.touchTarget * 1.2F}),
             ButtonStyle::Primary)) {
    ui.emit(flow::Intent{flow::IntentKind::Retry, {}});
  }
}

}  // namespace foyer::screens::office
