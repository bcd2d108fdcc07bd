#include <algorithm>
#include <string>

#include "screens/office/fee_text.hpp"
#include "screens/office/office_screens.hpp"
#include "screens/widgets/button.hpp"
#include "screens/widgets/draw.hpp"
#include "screens/widgets/page_frame.hpp"

namespace foyer::screens::office {
namespace {

float drawRow(Ui& ui, const Rect& card, float y, std::string_view label, std::string_view value) {
  const Metrics& m = ui.metrics();
  const float labelWidth = card.w * 0.35F;
  const Rect labelBox = ui.mirrored({card.x, y, labelWidth, 0});
  const Rect valueBox = ui.mirrored({card.x + labelWidth + m.gap, y, card.w - labelWidth - m.gap, 0});
  const float a = drawText(ui, label, ui.theme.fonts.text, {labelBox.x, y, labelBox.w, 0}, Align::Start,
                           ui.palette().mutedText);
  const float b = drawText(ui, value, ui.theme.fonts.strong, {valueBox.x, y, valueBox.w, 0}, Align::Start,
                           ui.palette().text);
  return std::max(a, b) + m.gap * 1.5F;
}

}  // namespace

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
  y += drawRow(ui, inner, y, ui.tr("summary.language"), ui.languageInfo().ownName);
  if (service != nullptr) {
    y += drawRow(ui, inner, y, ui.tr("summary.service"), service->title.in(ui.language()));
    y += drawRow(ui, inner, y, ui.tr("summary.fee"), feeText(ui, *service));
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
