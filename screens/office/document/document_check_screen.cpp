#include <algorithm>
#include <string>

#include <imgui.h>

#include "kiosk/i18n/text_format.hpp"
#include "screens/office/document/document_widgets.hpp"
#include "screens/office/office_screens.hpp"
#include "screens/widgets/button.hpp"
#include "screens/widgets/draw.hpp"
#include "screens/widgets/labelled_row.hpp"
#include "screens/widgets/page_frame.hpp"

namespace foyer::screens::office {
namespace {

using document::StaffNote;

void drawPortrait(Ui& ui, const Rect& box) {
  const Metrics& m = ui.metrics();
  if (ui.portrait.empty()) {
    fillRect(box, ui.palette().progressTodo, m.corner);
    drawTextCentered(ui, ui.tr("check.no_photo"), ui.theme.fonts.text, box.inset(m.gap), Align::Center,
                     ui.palette().mutedText);
    return;
  }
  // Fit the image into the box without distorting it.
  const float scale = std::min(box.w / static_cast<float>(ui.portrait.width), box.h / static_cast<float>(ui.portrait.height));
  const float w = static_cast<float>(ui.portrait.width) * scale;
  const float h = static_cast<float>(ui.portrait.height) * scale;
  const ImVec2 from{box.centerX() - w / 2, box.y};
  ImGui::GetWindowDrawList()->AddImage(ui.portrait.id, from, {from.x + w, from.y + h});
  strokeRect({from.x, from.y, w, h}, ui.palette().outline, 0, 2.0F);
}

}  // namespace

// What was read, for the visitor to confirm: portrait, name, dates, nationality, number; where it came
// from; and, kindly worded, what staff will look at.
void drawDocumentCheck(Ui& ui) {
  const Rect content = pageFrame(ui, ui.tr("check.title"));
  const Metrics& m = ui.metrics();
  if (!ui.view.visit.identity) return;
  const document::IdentityReading& id = *ui.view.visit.identity;

  const float buttonHeight = m.touchTarget * 1.2F;
  const float buttonWidth = std::max(m.touchTarget * 4, content.w * (m.portrait() ? 0.45F : 0.28F));
  const float buttonsTop = content.bottom() - buttonHeight;
  const Rect confirm = ui.mirrored({content.right() - buttonWidth, buttonsTop, buttonWidth, buttonHeight});
  const Rect retry = ui.mirrored({content.right() - 2 * buttonWidth - m.gap, buttonsTop, buttonWidth, buttonHeight});

  const float photoHeight = std::min(content.h * (m.portrait() ? 0.32F : 0.62F), buttonsTop - content.y - m.gap);
  const float photoWidth = photoHeight * 35.0F / 45.0F;
  drawPortrait(ui, ui.mirrored({content.x, content.y, photoWidth, photoHeight}));

  Rect rows = m.portrait() ? Rect{content.x, content.y + photoHeight + m.gap * 2, content.w, 0}
                           : Rect{content.x + photoWidth + m.gap * 3, content.y, content.w - photoWidth - m.gap * 3, 0};
  float y = rows.y;
  std::string name = id.surname;
  if (!id.givenNames.empty()) name += ", " + id.givenNames;
  y += labelledRow(ui, rows, y, ui.tr("check.name"), name, 0.4F, true);
  y += labelledRow(ui, rows, y, ui.tr("check.birth"), formatDate(ui, id.birthDate), 0.4F, true);
  y += labelledRow(ui, rows, y, ui.tr("check.nationality"), id.nationality, 0.4F, true);
  y += labelledRow(ui, rows, y, ui.tr("check.number"), id.documentNumber, 0.4F, true);
  y += labelledRow(ui, rows, y, ui.tr("check.expiry"), formatDate(ui, id.expiryDate), 0.4F, true);
  y += drawText(ui, ui.tr(id.fromChip ? "check.from_chip" : "check.from_mrz"), ui.theme.fonts.text,
                ui.mirrored({rows.x, y, rows.w, 0}), Align::Start, ui.palette().mutedText);
  y += m.gap;

  // Notes go below the photo when the rows end above it, else below the rows.
  const float notesTop = std::max(y, m.portrait() ? y : content.y + photoHeight + m.gap);
  const Rect notes = m.portrait() || y > content.y + photoHeight ? Rect{content.x, notesTop, content.w, 0}
                                                                   : Rect{rows.x, y, rows.w, 0};
  float noteY = notes.y;
  if (id.has(StaffNote::Expired)) {
    const std::string text = i18n::fillIn(ui.tr("check.expired"), {{"date", formatDate(ui, id.expiryDate)}});
    noteY += notice(ui, {notes.x, noteY, notes.w, 0}, text, true) + m.gap;
  }
  const bool forStaff = id.has(StaffNote::ChipAbsent) || id.has(StaffNote::ChipReaderUnavailable) ||
                        id.has(StaffNote::PassiveAuthInvalid) || id.has(StaffNote::IssuerUnknown) ||
                        id.has(StaffNote::PrintedMrzDiffers) || id.has(StaffNote::ChipAuthFailed);
  if (forStaff) notice(ui, {notes.x, noteY, notes.w, 0}, ui.tr("check.staff"), false);

  if (button(ui, "check.retry", {ui.tr("check.retry")}, retry, ButtonStyle::Secondary)) {
    ui.emit(flow::Intent{flow::IntentKind::Retry, {}});
  }
  if (button(ui, "check.confirm", {ui.tr("check.confirm")}, confirm, ButtonStyle::Primary)) {
    ui.emit(flow::Intent{flow::IntentKind::Confirm, {}});
  }
}

}  // namespace foyer::screens::office
