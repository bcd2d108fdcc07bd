#include "screens/widgets/page_frame.hpp"

#include <algorithm>
#include <string>

#include <imgui.h>

#include "kiosk/i18n/text_format.hpp"
#include "screens/widgets/button.hpp"

namespace foyer::screens {
namespace {

using flow::Intent;
using flow::IntentKind;

void drawProgress(Ui& ui, const Rect& area) {
  const flow::FlowView& view = ui.view;
  if (view.step <= 0 || view.stepCount <= 0) return;
  const Metrics& m = ui.metrics();
  const std::string step = std::to_string(view.step);
  const std::string total = std::to_string(view.stepCount);
  const std::string label = i18n::fillIn(ui.tr("frame.step"), {{"step", step}, {"total", total}});
  drawText(ui, label, ui.theme.fonts.text, {area.x, area.y, area.w, m.textSize * 1.3F}, Align::End,
           ui.palette().mutedText);
  // Segments run in the reading direction; done, current and coming steps differ in shape as well as
  // colour (coming ones are thin), so colour is not the only carrier of the information.
  const float barTop = area.y + m.textSize * 1.6F;
  const float segmentGap = m.gap / 2;
  const float segmentWidth = (area.w - segmentGap * static_cast<float>(view.stepCount - 1)) /
                             static_cast<float>(view.stepCount);
  for (int i = 0; i < view.stepCount; ++i) {
    const bool reached = i < view.step;
    const float height = reached ? m.gap * 0.8F : m.gap * 0.35F;
    Rect segment{area.x + static_cast<float>(i) * (segmentWidth + segmentGap), barTop + (m.gap * 0.8F - height) / 2,
                 segmentWidth, height};
    if (ui.rtl()) segment.x = area.right() - (segment.x - area.x) - segment.w;
    fillRect(segment, reached ? ui.palette().progressDone : ui.palette().progressTodo, height / 2);
  }
}

void drawHeader(Ui& ui, std::string_view title) {
  const Metrics& m = ui.metrics();
  const Rect header{0, 0, m.width, m.headerHeight};
  fillRect({0, header.bottom() - 2, m.width, 2}, ui.palette().divider);
  const float progressWidth = m.portrait() ? m.width * 0.32F : m.width * 0.24F;
  const Rect titleBox{m.margin, 0, m.width - 3 * m.margin - progressWidth, header.h};
  const Rect titleArea = ui.mirrored(titleBox);
  const std::string_view office = ui.view.config.terminal.name.in(ui.language());
  const float officeHeight = office.empty() ? 0 : m.textSize * 1.3F;
  const float titleHeight = textHeight(ui, title, ui.theme.fonts.heading, titleArea.w);
  const float top = (header.h - officeHeight - titleHeight) / 2;
  if (!office.empty()) {
    drawText(ui, office, ui.theme.fonts.text, {titleArea.x, top, titleArea.w, officeHeight}, Align::Start,
             ui.palette().mutedText);
  }
  drawText(ui, title, ui.theme.fonts.heading, {titleArea.x, top + officeHeight, titleArea.w, titleHeight},
           Align::Start, ui.palette().text);
  const Rect progressArea =
      ui.mirrored({m.width - m.margin - progressWidth, header.h / 2 - m.textSize * 1.2F, progressWidth, header.h / 2});
  drawProgress(ui, progressArea);
}

void drawFooter(Ui& ui) {
  const Metrics& m = ui.metrics();
  const Rect footer{0, m.height - m.footerHeight, m.width, m.footerHeight};
  fillRect({0, footer.y, m.width, 2}, ui.palette().divider);
  const float buttonWidth = std::max(m.touchTarget * 2.5F, m.width * (m.portrait() ? 0.28F : 0.18F));
  const float y = footer.y + m.gap;
  const flow::FlowView& view = ui.view;
  if (view.canGoBack) {
    if (button(ui, "nav.back", {ui.tr("nav.back")}, ui.mirrored({m.margin, y, buttonWidth, m.touchTarget}),
               ButtonStyle::Secondary)) {
      ui.emit(Intent{IntentKind::Back, {}});
    }
  }
  const Rect help{m.margin + buttonWidth + m.gap, y, buttonWidth, m.touchTarget};
  if (button(ui, "nav.help", {ui.tr("nav.help")}, ui.mirrored(help), ButtonStyle::Secondary)) {
    ui.emit(Intent{IntentKind::Help, {}});
  }
  if (view.canCancel) {
    if (button(ui, "nav.cancel", {ui.tr("nav.cancel")},
               ui.mirrored({m.width - m.margin - buttonWidth, y, buttonWidth, m.touchTarget}), ButtonStyle::Danger)) {
      ui.emit(Intent{IntentKind::Cancel, {}});
    }
  }
}

}  // namespace

Rect pageFrame(Ui& ui, std::string_view title) {
  const Metrics& m = ui.metrics();
  drawHeader(ui, title);
  drawFooter(ui);
  return {m.margin, m.headerHeight + m.margin, m.width - 2 * m.margin,
          m.height - m.headerHeight - m.footerHeight - 2 * m.margin};
}

}  // namespace foyer::screens
