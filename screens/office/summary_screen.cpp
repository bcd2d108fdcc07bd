#include <algorithm>
#include <string>

#include "screens/office/fee_text.hpp"
#include "screens/office/office_screens.hpp"
#include "screens/widgets/button.hpp"
#include "screens/widgets/draw.hpp"
#include "screens/widgets/labelled_row.hpp"
#include "screens/widgets/page_frame.hpp"

namespace foyer::screens::office {

void drawSummary(Ui& ui) {
  const Rect content = pageFrame(ui, ui.tr("summary.title"));
  const Metrics& m = ui.metrics();
  const config::ServiceConfig* service = ui.view.config.findService(ui.view.visit.serviceId);
  const float confirmWidth = std::max(m.touchTarget * 4, content.w * (m.portrait() ? 0.6F : 0.34F));
  const Rect confirm = ui.mirrored({content.right() - confirmWidth, content.bottom() - m.touchTarget * 1.2F,
                                    confirmWidth, m.touchTarget * 1.2F});
  // Rows first, then the card's outline around what they used: the card is as tall as its content.
  const Rect card{content.x, content.y, content.w, confirm.y - content.y - m.gap * 2};
  const Rect inner = card.inset(m.margin);
  float y = inner.y;
  y += labelledRow(ui, inner, y, ui.tr("summary.language"), ui.languageInfo().ownName, 0.35F) + m.gap * 0.5F;
  if (service != nullptr) {
    y += labelledRow(ui, inner, y, ui.tr("summary.service"), service->title.in(ui.language()), 0.35F) + m.gap * 0.5F;
    y += labelledRow(ui, inner, y, ui.tr("summary.fee"), feeText(ui, *service), 0.35F) + m.gap * 0.5F;
  }
  y += m.gap;
  y += drawText(ui, ui.tr("summary.note"), ui.theme.fonts.text, {inner.x, y, inner.w, inner.bottom() - y},
                Align::Start, ui.palette().mutedText);
  strokeRect({card.x, card.y, card.w, std::min(card.h, y - card.y + m.margin)}, ui.palette().divider, m.corner, 2.0F);
  if (button(ui, "summary.confirm", {ui.tr("summary.confirm")}, confirm, ButtonStyle::Primary)) {
    ui.emit(flow::Intent{flow::IntentKind::Confirm, {}});
  }
}

}  // namespace foyer::screens::office
