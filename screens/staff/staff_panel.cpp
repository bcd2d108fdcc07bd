#include "screens/staff/staff_panel.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "drivers/fingerprint/finger_plan.hpp"
#include "kiosk/i18n/text_format.hpp"
#include "screens/widgets/button.hpp"
#include "screens/widgets/draw.hpp"

namespace foyer::screens::staff {
namespace {

using flow::IntentKind;

std::string number(double value, int decimals) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

std::string fingerText(const Ui& ui, int position) {
  return std::string(ui.tr(std::string("fingerprint.finger.") + fingerprint::fingerName(position)));
}

std::string faceMatchText(const Ui& ui, const photo::FaceMatch& match) {
  using Outcome = photo::FaceMatch::Outcome;
  switch (match.outcome) {
    case Outcome::Compared:
      return i18n::fillIn(ui.tr(match.samePerson() ? "staff.face.same" : "staff.face.different"),
                          {{"score", number(match.score, 2)}, {"threshold", number(match.threshold, 2)}});
    case Outcome::NoReference: return std::string(ui.tr("staff.face.no_reference"));
    case Outcome::NoFaceInReference: return std::string(ui.tr("staff.face.no_face"));
    case Outcome::NotAvailable: return std::string(ui.tr("staff.face.not_available"));
  }
  return {};
}

// One line per finding, in the order the visit took them.
std::vector<std::pair<std::string, bool>> findings(const Ui& ui) {
  const visit::Visit& visit = ui.view.visit;
  std::vector<std::pair<std::string, bool>> lines;  // text, and whether it needs a look
  if (const auto& photo = visit.photo.taken) {
    const auto failing = std::count_if(visit.photo.criteria.begin(), visit.photo.criteria.end(),
                                       [](const photo::MeasuredCriterion& c) { return !c.pass; });
    lines.emplace_back(i18n::fillIn(ui.tr("staff.photo"), {{"liveness", photo->liveness}}), failing > 0);
    lines.emplace_back(faceMatchText(ui, photo->faceMatch),
                       photo->faceMatch.outcome == photo::FaceMatch::Outcome::Compared && !photo->faceMatch.samePerson());
  }
  const visit::FingerprintStep& prints = visit.fingerprints;
  for (std::size_t hand = 0; hand < 2; ++hand) {
    const auto& best = prints.best[hand];
    if (!best) continue;
    const std::string_view verdict = prints.approvedByStaff[hand] ? ui.tr("staff.approved")
                                     : best->pass                 ? ui.tr("staff.good")
                                                                  : ui.tr("staff.poor");
    lines.emplace_back(i18n::fillIn(ui.tr("staff.print"), {{"finger", fingerText(ui, best->position)},
                                                           {"score", number(best->score, 0)},
                                                           {"verdict", verdict}}),
                       !best->pass);
  }
  if (prints.plan) {
    for (const auto& exception : prints.plan->exceptions()) {
      const std::string reason(ui.tr(std::string("staff.reason.") + fingerprint::fingerExceptionName(exception.reason)));
      const std::string finger = exception.position == 0 ? std::string(ui.tr("staff.all_fingers"))
                                                         : fingerText(ui, exception.position);
      lines.emplace_back(i18n::fillIn(ui.tr("staff.exception"), {{"finger", finger}, {"reason", reason}}), true);
    }
  }
  if (const auto& signature = visit.signature.capture) {
    lines.emplace_back(i18n::fillIn(ui.tr(visit.signature.approvedByStaff ? "staff.signature_approved" : "staff.signature"),
                                    {{"ink", number(signature->verdict.ink, 1)}}),
                       visit.signature.approvedByStaff);
  }
  return lines;
}

std::string_view actionLabel(const Ui& ui, std::string_view action) {
  if (action == "approve") return ui.tr("staff.approve");
  if (action == "finger_missing") return ui.tr("staff.finger_missing");
  if (action == "finger_bandaged") return ui.tr("staff.finger_bandaged");
  return action;
}

}  // namespace

void staffPanel(Ui& ui) {
  const flow::StaffView& staff = ui.view.staff;
  const Metrics& m = ui.metrics();
  const Palette& p = ui.palette();
  const Rect card{m.margin, m.margin, m.width - 2 * m.margin, m.height - 2 * m.margin};
  fillRect(card, p.surface, m.corner * 2);
  strokeRect(card, p.outline, m.corner * 2, 2.0F);
  const Rect inner = card.inset(m.margin);
  float y = inner.y;
  y += drawText(ui, i18n::fillIn(ui.tr("staff.panel_title"), {{"id", staff.staffId}}), ui.theme.fonts.heading,
                ui.mirrored({inner.x, y, inner.w, 0}), Align::Start, p.text);
  const std::string where = staff.step.empty() ? std::string(ui.tr("staff.no_visit"))
                                               : i18n::fillIn(ui.tr("staff.step"),
                                                              {{"step", ui.tr("staff.steps." + staff.step)}});
  y += drawText(ui, where, ui.theme.fonts.strong, ui.mirrored({inner.x, y, inner.w, 0}), Align::Start, p.mutedText);
  y += m.gap * 2;

  // Findings at the reading start, actions at the end.
  const float columnW = (inner.w - m.gap * 3) / 2;
  float fy = y;
  for (const auto& [text, attention] : findings(ui)) {
    fy += drawText(ui, text, attention ? ui.theme.fonts.strong : ui.theme.fonts.text,
                   ui.mirrored({inner.x, fy, columnW, 0}), Align::Start, attention ? p.danger : p.text) + m.gap * 0.6F;
  }

  const float bx = inner.x + columnW + m.gap * 3;
  const float bh = m.touchTarget * 1.05F;
  float by = y;
  const auto action = [&](const std::string& id, std::string_view label, IntentKind kind, std::string value,
                          ButtonStyle style) {
    if (button(ui, id, {label}, ui.mirrored({bx, by, columnW, bh}), style)) ui.emit(flow::Intent{kind, std::move(value)});
    by += bh + m.gap;
  };
  for (const std::string& name : staff.actions) {
    const bool finger = name.starts_with("finger_");
    action("staff." + name, actionLabel(ui, name), finger ? IntentKind::StaffFinger : IntentKind::StaffApprove,
           finger ? name.substr(7) : std::string(), ButtonStyle::Primary);
  }
  for (const std::string& redo : staff.redo) {
    std::string key = "staff.redo." + redo;
    std::replace(key.begin() + 11, key.end(), ':', '_');
    action("staff.redo." + redo, ui.tr(key), IntentKind::StaffRedo, redo, ButtonStyle::Secondary);
  }
  if (staff.canCancelVisit) action("staff.cancel_visit", ui.tr("staff.cancel_visit"), IntentKind::StaffCancelVisit, {}, ButtonStyle::Danger);
  by = std::max(by, inner.bottom() - bh);
  action("staff.close", ui.tr("staff.close"), IntentKind::StaffClose, {}, ButtonStyle::Secondary);
}

}  // namespace foyer::screens::staff
