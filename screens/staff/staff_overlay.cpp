#include "screens/staff/staff_overlay.hpp"

#include <algorithm>
#include <string>

#include "kiosk/i18n/text_format.hpp"
#include "screens/staff/staff_panel.hpp"
#include "screens/widgets/button.hpp"
#include "screens/widgets/draw.hpp"

namespace foyer::screens::staff {
namespace {

using flow::IntentKind;

// A login field: its label and what was typed (the PIN as dots); tapping it sends the digits there.
void loginField(Ui& ui, std::string_view id, std::string_view label, const std::string& shown, bool selected,
                const Rect& rect) {
  const Metrics& m = ui.metrics();
  const Palette& p = ui.palette();
  const float labelW = rect.w * 0.4F;
  drawTextCentered(ui, label, ui.theme.fonts.strong, ui.mirrored({rect.x, rect.y, labelW, rect.h}), Align::Start, p.text);
  const Rect box = ui.mirrored({rect.x + labelW, rect.y, rect.w - labelW, rect.h});
  if (tapArea(ui, id, box)) ui.emit(flow::Intent{IntentKind::StaffField, std::string(id.substr(id.rfind('.') + 1))});
  strokeRect(box, selected ? p.primary : p.outline, m.corner, selected ? 5.0F : 2.0F);
  drawTextCentered(ui, shown, ui.theme.fonts.heading, box.inset(m.gap), Align::Start, p.text);
}

void loginPad(Ui& ui) {
  const flow::StaffView& staff = ui.view.staff;
  const Metrics& m = ui.metrics();
  const Palette& p = ui.palette();
  const float width = std::min(m.width - 2 * m.margin, m.touchTarget * 9);
  const float titleH = textHeight(ui, ui.tr("staff.login_title"), ui.theme.fonts.heading, width - 2 * m.margin);
  const float messageH = m.textSize * 2.5F;
  // Seven rows of touch targets (two fields, four key rows, the buttons): as tall as fits, never below
  // a touch target.
  const float fixed = m.margin * 4 + titleH + messageH + m.gap * 10;
  const float rowH = std::max(m.touchTarget, std::min(m.touchTarget * 1.1F, (m.height - fixed) / 7));
  const float height = fixed - m.margin * 2 + rowH * 7;
  const Rect card{(m.width - width) / 2, std::max(m.margin, (m.height - height) / 2), width, height};
  fillRect(card, p.surface, m.corner * 2);
  strokeRect(card, p.outline, m.corner * 2, 2.0F);
  const Rect inner = card.inset(m.margin);
  float y = inner.y;
  y += drawText(ui, ui.tr("staff.login_title"), ui.theme.fonts.heading, ui.mirrored({inner.x, y, inner.w, 0}),
                Align::Start, p.text) + m.gap;
  loginField(ui, "staff.field.id", ui.tr("staff.number"), staff.idEntry, staff.field == "id", {inner.x, y, inner.w, rowH});
  y += rowH + m.gap;
  loginField(ui, "staff.field.pin", ui.tr("staff.pin"), "",
             staff.field == "pin", {inner.x, y, inner.w, rowH});
  // The PIN as dots, drawn: never the digits.
  for (int i = 0; i < staff.pinDigits; ++i) {
    const Rect box = ui.mirrored({inner.x + inner.w * 0.4F, y, inner.w * 0.6F, rowH});
    const float step = m.textSize * 1.2F;
    const float x = ui.rtl() ? box.right() - m.gap - step * (static_cast<float>(i) + 0.5F)
                             : box.x + m.gap + step * (static_cast<float>(i) + 0.5F);
    fillRect({x - m.textSize * 0.3F, box.y + rowH / 2 - m.textSize * 0.3F, m.textSize * 0.6F, m.textSize * 0.6F}, p.text,
             m.textSize * 0.3F);
  }
  y += rowH + m.gap;
  std::string message;
  if (staff.message == "staff.locked") {
    message = i18n::fillIn(ui.tr("staff.locked"), {{"seconds", std::to_string(staff.lockedFor.count())}});
  } else if (staff.message == "staff.wrong_pin") {
    message = i18n::fillIn(ui.tr("staff.wrong_pin"), {{"tries", std::to_string(staff.triesLeft)}});
  }
  if (!message.empty()) {
    drawText(ui, message, ui.theme.fonts.strong, ui.mirrored({inner.x, y, inner.w, 0}), Align::Start, p.danger);
  }
  y += messageH + m.gap;
  // Digits as on a phone, the same in every language.
  static constexpr const char* kKeys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "backspace", "0", ""};
  const float keyW = (inner.w - m.gap * 2) / 3;
  for (int i = 0; i < 12; ++i) {
    const std::string_view key = kKeys[i];
    if (key.empty()) continue;
    const Rect rect{inner.x + static_cast<float>(i % 3) * (keyW + m.gap), y + static_cast<float>(i / 3) * (rowH + m.gap),
                    keyW, rowH};
    const std::string id = "staff.key." + std::string(key);
    if (button(ui, id, {key == "backspace" ? ui.tr("staff.backspace") : key}, rect, ButtonStyle::Secondary)) {
      ui.emit(flow::Intent{IntentKind::StaffKey, std::string(key)});
    }
  }
  y += (rowH + m.gap) * 4 + m.gap;
  const float half = (inner.w - m.gap) / 2;
  if (button(ui, "staff.close", {ui.tr("staff.close")}, ui.mirrored({inner.x, y, half, rowH}), ButtonStyle::Secondary)) {
    ui.emit(flow::Intent{IntentKind::StaffClose, {}});
  }
  if (button(ui, "staff.login", {ui.tr("staff.open")}, ui.mirrored({inner.x + half + m.gap, y, half, rowH}),
             ButtonStyle::Primary)) {
    ui.emit(flow::Intent{IntentKind::StaffLogin, {}});
  }
}

}  // namespace

void staffCorner(Ui& ui) {
  const Metrics& m = ui.metrics();
  // The top corner where reading ends: away from Back and the title's start, rarely touched by chance.
  const Rect corner = ui.mirrored({m.width - m.touchTarget, 0, m.touchTarget, m.touchTarget});
  if (tapArea(ui, "staff.corner", corner)) ui.emit(flow::Intent{IntentKind::StaffOpen, {}});
}

void drawStaffOverlay(Ui& ui) {
  if (ui.view.staff.mode == flow::StaffView::Mode::Login) loginPad(ui);
  else staffPanel(ui);
}

}  // namespace foyer::screens::staff
