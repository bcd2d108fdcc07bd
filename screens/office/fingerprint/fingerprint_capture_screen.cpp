#include <algorithm>
#include <string>

#include <imgui.h>

#include "drivers/fingerprint/finger_plan.hpp"
#include "kiosk/i18n/text_format.hpp"
#include "screens/office/document/document_widgets.hpp"
#include "screens/office/fingerprint/hand_picture.hpp"
#include "screens/office/office_screens.hpp"
#include "screens/widgets/button.hpp"
#include "screens/widgets/draw.hpp"
#include "screens/widgets/page_frame.hpp"

namespace foyer::screens::office {
namespace {

// A tick in a circle: a hand whose print is taken (drawn, so it needs no icon font).
void tick(const ImVec2& centre, float radius, const Rgba& fill, const Rgba& mark) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddCircleFilled(centre, radius, color(fill), 32);
  const float s = radius * 0.5F;
  const ImVec2 points[] = {{centre.x - s, centre.y}, {centre.x - s * 0.3F, centre.y + s * 0.7F},
                           {centre.x + s, centre.y - s * 0.6F}};
  draw->AddPolyline(points, 3, color(mark), 0, radius * 0.2F);
}

// The scanner's glass with the newest print, and over it the verdict or the instruction.
void scannerPanel(Ui& ui, const Rect& glass) {
  const Metrics& m = ui.metrics();
  const Palette& p = ui.palette();
  const visit::FingerprintStep& step = ui.view.visit.fingerprints;
  fillRect(glass, Rgba{241, 245, 249}, m.corner);
  if (!ui.fingerprint.empty()) {
    const float aspect = static_cast<float>(ui.fingerprint.width) / static_cast<float>(ui.fingerprint.height);
    const float h = glass.h - m.gap * 2;
    const float w = std::min(glass.w - m.gap * 2, h * aspect);
    const Rect image{glass.centerX() - w / 2, glass.y + m.gap, w, w / aspect};
    ImGui::GetWindowDrawList()->AddImage(ui.fingerprint.id, {image.x, image.y}, {image.right(), image.bottom()});
  } else {
    drawTextCentered(ui, ui.tr("fingerprint.glass"), ui.theme.fonts.strong, glass.inset(m.gap * 2), Align::Center,
                     p.mutedText);
  }
  strokeRect(glass, p.outline, m.corner, 2.0F);
  const std::string_view message = step.lastGood && step.last ? ui.tr("fingerprint.good") : ui.tr(step.hint);
  if (step.last && !message.empty()) {
    const float bandH = m.textSize * 3.4F;
    const Rect band{glass.x, glass.bottom() - bandH, glass.w, bandH};
    fillRect(band, step.lastGood ? p.progressDone : Rgba{0, 0, 0, 190}, 0);
    drawTextCentered(ui, message, ui.theme.fonts.heading, band.inset(m.gap * 0.5F), Align::Center, Rgba{255, 255, 255});
  }
}

// One row per hand: its name and whether its print is taken, is being taken, or comes next.
float handRow(Ui& ui, const Rect& row, bool right) {
  const Metrics& m = ui.metrics();
  const Palette& p = ui.palette();
  const visit::FingerprintStep& step = ui.view.visit.fingerprints;
  const int hand = right ? 0 : 1;
  const bool now = step.finger != 0 && fingerprint::handOf(step.finger) == hand;
  const bool done = step.plan->handDone(hand);
  const std::string_view state = done ? ui.tr("fingerprint.taken") : now ? ui.tr("fingerprint.now") : ui.tr("fingerprint.next");
  const float radius = m.textSize * 0.9F;
  const Rect mark = ui.mirrored({row.x, row.y, radius * 2, radius * 2});
  if (done) tick({mark.centerX(), mark.y + radius}, radius, p.progressDone, p.onPrimary);
  else ImGui::GetWindowDrawList()->AddCircle({mark.centerX(), mark.y + radius}, radius, color(now ? p.primary : p.outline), 32, 4.0F);
  const Rect text = ui.mirrored({row.x + radius * 2 + m.gap, row.y, row.w - radius * 2 - m.gap, 0});
  float used = drawText(ui, ui.tr(right ? "fingerprint.right_hand" : "fingerprint.left_hand"), ui.theme.fonts.strong,
                        text, Align::Start, p.text);
  used += drawText(ui, state, ui.theme.fonts.text, {text.x, row.y + used, text.w, 0}, Align::Start,
                   now ? p.primary : p.mutedText);
  return std::max(used, radius * 2);
}

void completePage(Ui& ui, const Rect& content) {
  const Metrics& m = ui.metrics();
  const Palette& p = ui.palette();
  const float handW = std::min(content.w * 0.25F, content.h * 0.6F);
  // Right hand on the visitor's right: the hands lie on the scanner as they are shown.
  handPicture(ui, {content.x + content.w / 2 - handW - m.gap * 2, content.y, handW, handW * 1.2F}, false,
              ui.view.visit.fingerprints.plan->takenLeft(), true);
  handPicture(ui, {content.x + content.w / 2 + m.gap * 2, content.y, handW, handW * 1.2F}, true,
              ui.view.visit.fingerprints.plan->takenRight(), true);
  float y = content.y + handW * 1.2F + m.gap * 2;
  const Rect text = ui.mirrored({content.x, y, content.w, 0});
  y += drawText(ui, ui.tr("fingerprint.complete"), ui.theme.fonts.heading, text, Align::Center, p.text) + m.gap * 2;
  const float w = std::max(m.touchTarget * 4, content.w * 0.3F);
  if (button(ui, "fingerprint.continue", {ui.tr("fingerprint.continue")},
             {content.centerX() - w / 2, y, w, m.touchTarget * 1.2F}, ButtonStyle::Primary)) {
    ui.emit(flow::Intent{flow::IntentKind::Confirm, {}});
  }
}

}  // namespace

// One finger at a time: a hand with the finger to place, the scanner's glass with the newest print and
// what to do about it, and both hands' progress. When both prints are taken: "Continue".
void drawFingerprintCapture(Ui& ui) {
  const Rect content = pageFrame(ui, ui.tr("fingerprint.title"));
  const visit::FingerprintStep& step = ui.view.visit.fingerprints;
  if (!step.plan) return;  // the step is being set up
  if (step.complete()) {
    completePage(ui, content);
    return;
  }
  const Metrics& m = ui.metrics();
  const Palette& p = ui.palette();
  const bool portrait = m.portrait();
  const float side = portrait ? content.w : content.w * 0.30F;
  const float handH = portrait ? content.h * 0.30F : content.h * 0.62F;
  // The hand and the finger's name at the reading start; the glass in the middle; progress at the end.
  const Rect handArea = ui.mirrored({content.x, content.y, side, handH});
  handPicture(ui, handArea, fingerprint::handOf(step.finger) == 0, step.finger, false);
  float y = handArea.bottom() + m.gap;
  const Rect label = ui.mirrored({content.x, y, side, 0});
  const std::string fingerKey = std::string("fingerprint.finger.") + fingerprint::fingerName(step.finger);
  y += drawText(ui, ui.tr(fingerKey), ui.theme.fonts.heading, label, Align::Center, p.text) + m.gap * 0.5F;
  if (step.plan->attempts() > 0) {
    const std::string tries = i18n::fillIn(ui.tr("fingerprint.attempt"),
                                           {{"n", std::to_string(step.plan->attempts() + 1)},
                                            {"max", std::to_string(step.plan->attemptsPerFinger())}});
    drawText(ui, tries, ui.theme.fonts.text, {label.x, y, label.w, 0}, Align::Center, p.mutedText);
  }

  // Laid out left-to-right; each part mirrors itself for right-to-left.
  const Rect glass = portrait ? Rect{content.x + content.w * 0.15F, content.y + handH + m.gap * 6, content.w * 0.7F,
                                     content.h * 0.40F}
                              : Rect{content.x + side + m.gap * 2, content.y, content.w * 0.36F, content.h - m.gap};
  scannerPanel(ui, ui.mirrored(glass));

  const Rect column = portrait ? Rect{content.x, glass.bottom() + m.gap * 2, content.w, 0}
                               : Rect{glass.right() + m.gap * 3, content.y, content.right() - glass.right() - m.gap * 3, 0};
  float py = column.y;
  py += handRow(ui, {column.x, py, column.w, 0}, true) + m.gap * 2;
  py += handRow(ui, {column.x, py, column.w, 0}, false) + m.gap * 3;
  drawText(ui, ui.tr("fingerprint.how"), ui.theme.fonts.text, ui.mirrored({column.x, py, column.w, 0}), Align::Start,
           p.mutedText);
}

}  // namespace foyer::screens::office
