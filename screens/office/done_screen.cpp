#include <algorithm>

#include <imgui.h>

#include "screens/office/document/document_widgets.hpp"
#include "screens/office/office_screens.hpp"
#include "screens/widgets/button.hpp"
#include "screens/widgets/draw.hpp"
#include "screens/widgets/page_frame.hpp"

namespace foyer::screens::office {

void drawDone(Ui& ui) {
  const Rect content = pageFrame(ui, ui.tr("done.title"));
  const Metrics& m = ui.metrics();
  const Palette& p = ui.palette();
  const float radius = std::min(content.h * 0.18F, m.textSize * 3);
  const ImVec2 center{content.centerX(), content.y + radius + m.gap};
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddCircleFilled(center, radius, color(p.primary), 48);
  // A tick drawn with lines: no icon font needed, and it reads the same in every language.
  const float s = radius * 0.5F;
  const ImVec2 tick[] = {{center.x - s, center.y}, {center.x - s * 0.3F, center.y + s * 0.7F},
                         {center.x + s, center.y - s * 0.6F}};
  draw->AddPolyline(tick, 3, color(p.onPrimary), 0, radius * 0.16F);
  float y = center.y + radius + m.gap * 2;
  const visit::TicketStep& ticket = ui.view.visit.ticket;
  if (!ticket.number.empty()) {
    // The number is what the visitor needs next: large, and kept left to right in every language.
    y += drawText(ui, ui.tr("done.your_number"), ui.theme.fonts.text, {content.x, y, content.w, 0}, Align::Center,
                  p.mutedText);
    y += drawText(ui, ticket.number, ui.theme.fonts.display, {content.x, y, content.w, 0}, Align::Center, p.text) + m.gap;
  }
  const bool printed = ticket.print == visit::TicketStep::Print::Printed || ticket.number.empty();
  if (ticket.print == visit::TicketStep::Print::NoPrinter) {
    // A terminal without a printer: the number on the screen is the ticket.
    y += drawText(ui, ui.tr("done.message"), ui.theme.fonts.heading, {content.x, y, content.w, 0}, Align::Center, p.text);
  } else if (printed) {
    y += drawText(ui, ui.tr(ticket.number.empty() ? "done.message" : "done.take_ticket"), ui.theme.fonts.heading,
                  {content.x, y, content.w, 0}, Align::Center, p.text);
  } else {
    // No paper: the number on the screen is the ticket, and staff have been alerted.
    y += notice(ui, {content.x + content.w * 0.15F, y, content.w * 0.7F, 0}, ui.tr("done.no_ticket"), true);
  }
  if (ui.view.visit.payment.payAtCounter) {
    y += m.gap + drawText(ui, ui.tr("done.pay_at_counter"), ui.theme.fonts.text, {content.x, y + m.gap, content.w, 0},
                          Align::Center, p.text);
  }
  const float width = std::max(m.touchTarget * 4, content.w * 0.3F);
  const Rect finish{content.centerX() - width / 2, std::min(y + m.gap * 2, content.bottom() - m.touchTarget * 1.2F),
                    width, m.touchTarget * 1.2F};
  if (button(ui, "done.finish", {ui.tr("done.finish")}, finish, ButtonStyle::Primary)) {
    ui.emit(flow::Intent{flow::IntentKind::Confirm, {}});
  }
}

void drawPleaseWait(Ui& ui) {
  const Metrics& m = ui.metrics();
  drawTextCentered(ui, ui.tr("wait.message"), ui.theme.fonts.heading, {m.margin, 0, m.width - 2 * m.margin, m.height},
                   Align::Center, ui.palette().text);
}

}  // namespace foyer::screens::office
