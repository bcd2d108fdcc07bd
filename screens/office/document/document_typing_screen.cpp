#include <algorithm>
#include <array>
#include <string>

#include "screens/office/document/document_widgets.hpp"
#include "screens/office/office_screens.hpp"
#include "screens/widgets/button.hpp"
#include "screens/widgets/draw.hpp"
#include "screens/widgets/keyboard.hpp"
#include "screens/widgets/page_frame.hpp"

namespace foyer::screens::office {
namespace {

using Field = visit::TypedAccessData::Field;

// Typed digits over the hint ("DD.MM.YYYY"): each digit takes the place of the next hint letter, so the
// visitor sees where the day ends and the year begins without typing the dots.
std::string maskedDate(std::string_view hint, const std::string& digits) {
  std::string shown;
  std::size_t next = 0;
  for (char c : hint) {
    const bool slot = c != '.' && c != '/' && c != '-' && c != ' ';
    if (slot && next < digits.size()) {
      shown.push_back(digits[next++]);
    } else {
      shown.push_back(c);
    }
  }
  return shown;
}

struct FieldView {
  Field field;
  const char* id;
  const char* labelKey;
  std::string shown;
  bool empty;
};

void drawField(Ui& ui, const FieldView& view, const Rect& area, bool active) {
  const Metrics& m = ui.metrics();
  const Palette& p = ui.palette();
  const float labelHeight = m.textSize * 1.4F;
  drawText(ui, ui.tr(view.labelKey), ui.theme.fonts.text, {area.x, area.y, area.w, labelHeight}, Align::Start,
           p.mutedText);
  const Rect box{area.x, area.y + labelHeight, area.w, area.h - labelHeight};
  if (tapArea(ui, std::string("typing.") + view.id, box)) {
    ui.emit(flow::Intent{flow::IntentKind::SelectField, view.id});
  }
  // The active field: a thick frame and a bar below, not only another colour.
  strokeRect(box, active ? p.primary : p.outline, m.corner, active ? 5.0F : 2.0F);
  if (active) fillRect({box.x + m.gap, box.bottom() - m.gap * 0.6F, box.w - 2 * m.gap, m.gap * 0.3F}, p.primary, 2);
  // Document data reads left to right in every language.
  Ui ltr = ui;
  ltr.languageOverride = "en";
  drawTextCentered(ltr, view.shown, ui.theme.fonts.strong, box.inset(m.gap), Align::Start,
                   view.empty ? p.mutedText : p.text);
}

}  // namespace

// Document number, date of birth and expiry date on an on-screen keyboard: what opens the chip when the
// camera cannot read the MRZ. Only capitals and digits exist in an MRZ, so the keyboard has no others.
void drawDocumentTyping(Ui& ui) {
  const Rect content = pageFrame(ui, ui.tr("typing.title"));
  const Metrics& m = ui.metrics();
  const visit::TypedAccessData& typed = ui.view.visit.document.typed;
  const std::string_view hint = ui.tr("typing.date_hint");
  const std::array<FieldView, 3> fields{{
      {Field::DocumentNumber, "number", "typing.number", typed.documentNumber.empty() ? "-" : typed.documentNumber,
       typed.documentNumber.empty()},
      {Field::BirthDate, "birth", "typing.birth", maskedDate(hint, typed.birthDate), typed.birthDate.empty()},
      {Field::ExpiryDate, "expiry", "typing.expiry", maskedDate(hint, typed.expiryDate), typed.expiryDate.empty()},
  }};

  const float fieldHeight = m.textSize * 1.4F + m.touchTarget;
  const float confirmWidth = std::max(m.touchTarget * 3.5F, content.w * 0.2F);
  const bool confirmBeside = !m.portrait();
  const float fieldsWidth = confirmBeside ? content.w - confirmWidth - m.gap * 2 : content.w;
  const float fieldWidth = (fieldsWidth - 2 * m.gap) / 3;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const Rect area = ui.mirrored({content.x + static_cast<float>(i) * (fieldWidth + m.gap), content.y, fieldWidth,
                                   fieldHeight});
    drawField(ui, fields[i], area, typed.active == fields[i].field);
  }
  const Rect confirmBox = confirmBeside
                              ? ui.mirrored({content.right() - confirmWidth, content.y + m.textSize * 1.4F,
                                             confirmWidth, m.touchTarget})
                              : Rect{content.x, content.bottom() - m.touchTarget, content.w, m.touchTarget};
  if (button(ui, "typing.confirm", {ui.tr("typing.confirm")}, confirmBox, ButtonStyle::Primary)) {
    ui.emit(flow::Intent{flow::IntentKind::Confirm, {}});
  }

  float y = content.y + fieldHeight + m.gap;
  if (!typed.error.empty()) {
    y += notice(ui, {content.x, y, content.w, 0}, ui.tr(typed.error), true);
  } else {
    y += drawText(ui, ui.tr("typing.intro"), ui.theme.fonts.text, {content.x, y, content.w, 0}, Align::Start,
                  ui.palette().mutedText);
  }
  y += m.gap;
  const float bottom = confirmBeside ? content.bottom() : confirmBox.y - m.gap;
  const bool datesOnly = typed.active != Field::DocumentNumber;
  keyboard(ui, {content.x, y, content.w, bottom - y}, datesOnly ? KeyboardKeys::Digits : KeyboardKeys::Capitals,
           ui.tr("typing.backspace"));
}

}  // namespace foyer::screens::office
