#include <algorithm>

#include <imgui.h>

#include "screens/office/document/document_widgets.hpp"
#include "screens/office/office_screens.hpp"
#include "screens/widgets/button.hpp"
#include "screens/widgets/draw.hpp"
#include "screens/widgets/page_frame.hpp"

namespace foyer::screens::office {

// The photo as it goes on the document (35:45), and the choice: use it, or take a new one.
void drawPhotoResult(Ui& ui) {
  const Rect content = pageFrame(ui, ui.tr("photo.result.title"));
  const Metrics& m = ui.metrics();
  const Palette& p = ui.palette();

  const float photoH = std::min(content.h - m.gap, m.portrait() ? content.h * 0.5F : content.h);
  const float photoW = photoH * 35.0F / 45.0F;
  const Rect photo = ui.mirrored({content.x, content.y, photoW, photoH});
  if (ui.photo.empty()) {
    fillRect(photo, p.progressTodo, m.corner);
  } else {
    ImGui::GetWindowDrawList()->AddImage(ui.photo.id, {photo.x, photo.y}, {photo.right(), photo.bottom()});
  }
  strokeRect(photo, p.outline, 0, 2.0F);

  const Rect column = m.portrait() ? Rect{content.x, photo.bottom() + m.gap * 2, content.w, 0}
                                   : Rect{content.x + photoW + m.gap * 3, content.y, content.w - photoW - m.gap * 3, 0};
  const Rect text = ui.mirrored(column);
  float y = column.y;
  y += drawText(ui, ui.tr("photo.result.note"), ui.theme.fonts.text, {text.x, y, text.w, 0}, Align::Start, p.text);
  y += m.gap * 2;
  if (ui.view.visit.photo.staffHelp) {
    y += notice(ui, {column.x, y, column.w, 0}, ui.tr("photo.staff_help"), false) + m.gap * 2;
  }
  const float buttonH = m.touchTarget * 1.2F;
  const float buttonW = std::min(column.w, std::max(m.touchTarget * 4, column.w * 0.48F));
  const bool twoColumns = buttonW * 2 + m.gap <= column.w;
  const Rect use = ui.mirrored({column.x, y, buttonW, buttonH});
  const Rect retake = twoColumns ? ui.mirrored({column.x + buttonW + m.gap, y, buttonW, buttonH})
                                 : ui.mirrored({column.x, y + buttonH + m.gap, buttonW, buttonH});
  if (button(ui, "photo.use", {ui.tr("photo.result.use")}, use, ButtonStyle::Primary)) {
    ui.emit(flow::Intent{flow::IntentKind::Confirm, {}});
  }
  if (button(ui, "photo.retake", {ui.tr("photo.result.retake")}, retake, ButtonStyle::Secondary)) {
    ui.emit(flow::Intent{flow::IntentKind::Retry, {}});
  }
}

}  // namespace foyer::screens::office
