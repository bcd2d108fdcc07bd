#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <imgui.h>

#include "screens/office/document/document_widgets.hpp"
#include "screens/office/office_screens.hpp"
#include "screens/widgets/button.hpp"
#include "screens/widgets/draw.hpp"
#include "screens/widgets/page_frame.hpp"

namespace foyer::screens::office {
namespace {

// "x,y" in the field's own coordinates (0-1), as the flow reads them.
std::string fieldPoint(const Rect& field, const ImVec2& at) {
  const float x = std::clamp((at.x - field.x) / field.w, 0.0F, 1.0F);
  const float y = std::clamp((at.y - field.y) / field.h, 0.0F, 1.0F);
  char text[32];
  std::snprintf(text, sizeof text, "%.4f,%.4f", static_cast<double>(x), static_cast<double>(y));
  return text;
}

// The field takes the finger: down starts a stroke, moving extends it, lifting ends it.
void inkInput(Ui& ui, const Rect& field) {
  ui.widgets.record("signature.field", field, ui.interactive);
  ImGui::SetCursorScreenPos({field.x, field.y});
  ImGui::InvisibleButton("##ink", {field.w, field.h});
  if (!ui.interactive) return;
  const ImGuiIO& io = ImGui::GetIO();
  if (ImGui::IsItemActivated()) {
    ui.emit(flow::Intent{flow::IntentKind::InkDown, fieldPoint(field, io.MousePos)});
  } else if (ImGui::IsItemActive() && (io.MouseDelta.x != 0 || io.MouseDelta.y != 0)) {
    ui.emit(flow::Intent{flow::IntentKind::InkMove, fieldPoint(field, io.MousePos)});
  }
  if (ImGui::IsItemDeactivated()) ui.emit(flow::Intent{flow::IntentKind::InkUp, {}});
}

void drawInk(const Ui& ui, const Rect& field) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float pen = std::max(3.0F, field.h * 0.018F);
  std::vector<ImVec2> points;
  for (const auto& stroke : ui.view.visit.signature.pad.strokes()) {
    points.clear();
    for (const auto& point : stroke) points.push_back({field.x + point.x * field.w, field.y + point.y * field.h});
    if (points.size() == 1) draw->AddCircleFilled(points[0], pen / 2, color(ui.palette().text), 12);
    else draw->AddPolyline(points.data(), static_cast<int>(points.size()), color(ui.palette().text), 0, pen);
  }
}

}  // namespace

// The signature field at the document's proportions, a line to sign on, "Clear" and "Done". A refused
// signature says why above the field. The field is not mirrored for right-to-left: it is paper.
void drawSignature(Ui& ui) {
  const Rect content = pageFrame(ui, ui.tr("signature.title"));
  const Metrics& m = ui.metrics();
  const Palette& p = ui.palette();
  const visit::SignatureStep& step = ui.view.visit.signature;
  float y = content.y;
  const Rect intro = ui.mirrored({content.x, y, content.w, 0});
  y += drawText(ui, ui.tr("signature.instruction"), ui.theme.fonts.text, intro, Align::Start, p.text) + m.gap;
  if (!step.hint.empty()) y += notice(ui, {content.x, y, content.w, 0}, ui.tr(step.hint), true) + m.gap;

  const float aspect = static_cast<float>(std::max(1.0, ui.view.config.signature.aspectRatio));
  const float buttonsH = m.touchTarget * 1.2F + m.gap * 2;
  const float maxH = content.bottom() - y - buttonsH;
  const float w = std::min(content.w, maxH * aspect);
  const Rect field{content.centerX() - w / 2, y, w, w / aspect};
  fillRect(field, p.surface, m.corner);
  strokeRect(field, p.outline, m.corner, 3.0F);
  // The line to sign on, and a cross where a signature begins.
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float lineY = field.y + field.h * 0.75F;
  draw->AddLine({field.x + field.w * 0.05F, lineY}, {field.right() - field.w * 0.05F, lineY}, color(p.divider), 3.0F);
  const float cross = field.h * 0.06F;
  const ImVec2 at{field.x + field.w * 0.05F + cross, lineY - cross * 1.6F};
  draw->AddLine({at.x - cross, at.y - cross}, {at.x + cross, at.y + cross}, color(p.mutedText), 3.0F);
  draw->AddLine({at.x - cross, at.y + cross}, {at.x + cross, at.y - cross}, color(p.mutedText), 3.0F);
  drawInk(ui, field);
  inkInput(ui, field);

  const float by = field.bottom() + m.gap * 2;
  const float bw = std::max(m.touchTarget * 4, field.w * 0.25F);
  if (button(ui, "signature.clear", {ui.tr("signature.clear")}, ui.mirrored({field.x, by, bw, m.touchTarget * 1.2F}),
             ButtonStyle::Secondary)) {
    ui.emit(flow::Intent{flow::IntentKind::Retry, {}});
  }
  if (button(ui, "signature.done", {ui.tr("signature.done")},
             ui.mirrored({field.right() - bw, by, bw, m.touchTarget * 1.2F}), ButtonStyle::Primary)) {
    ui.emit(flow::Intent{flow::IntentKind::Confirm, {}});
  }
}

}  // namespace foyer::screens::office
