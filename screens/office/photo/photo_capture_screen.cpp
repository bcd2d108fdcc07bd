#include <algorithm>
#include <cmath>
#include <string>

#include <imgui.h>

#include "screens/office/document/document_widgets.hpp"
#include "screens/office/office_screens.hpp"
#include "screens/widgets/draw.hpp"
#include "screens/widgets/page_frame.hpp"

namespace foyer::screens::office {
namespace {

constexpr float kPi = 3.14159265F;

// The camera sits above the screen: an arrow at the top edge shows where to look, seated or standing.
void lookHere(Ui& ui, const Rect& preview) {
  const Metrics& m = ui.metrics();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float x = preview.centerX();
  const float tip = std::max(0.0F, preview.y - m.gap * 4.5F);
  const float size = m.gap * 1.6F;
  draw->AddTriangleFilled({x, tip}, {x - size, tip + size * 1.2F}, {x + size, tip + size * 1.2F}, color(ui.palette().primary));
  const Rect label{preview.x, tip + size * 1.3F, preview.w, m.textSize * 1.5F};
  drawTextCentered(ui, ui.tr("photo.look_here"), ui.theme.fonts.strong, label, Align::Center, ui.palette().primary);
}

// Where the face belongs, drawn over the picture: an outline that turns solid when every check passes.
void faceGuide(Ui& ui, const Rect& image, bool passing) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 centre{image.centerX(), image.y + image.h * 0.47F};
  const float ry = image.h * 0.30F;
  const float rx = ry * 0.76F;
  const Rgba outline = passing ? ui.palette().progressDone : Rgba{255, 255, 255};
  const int segments = 48;
  for (int i = 0; i < segments; ++i) {
    // Dashed while something is wrong, closed when all is right: not by colour alone.
    if (!passing && i % 2 == 1) continue;
    const float a0 = 2 * kPi * static_cast<float>(i) / segments;
    const float a1 = 2 * kPi * static_cast<float>(i + 1) / segments;
    draw->AddLine({centre.x + rx * std::cos(a0), centre.y + ry * std::sin(a0)},
                  {centre.x + rx * std::cos(a1), centre.y + ry * std::sin(a1)}, color(outline),
                  passing ? 6.0F : 4.0F);
  }
}

}  // namespace

// The live photo: the camera's picture as a mirror, the face guide, one instruction at a time over the
// picture, the "hold still" progress, and where to look.
void drawPhotoCapture(Ui& ui) {
  const Rect content = pageFrame(ui, ui.tr("photo.title"));
  const Metrics& m = ui.metrics();
  const Palette& p = ui.palette();
  const visit::PhotoStep& step = ui.view.visit.photo;

  // The picture as large as fits, at the top centre under the camera; the side column holds progress.
  const float aspect = ui.cameraPreview.empty()
                           ? 16.0F / 9.0F
                           : static_cast<float>(ui.cameraPreview.width) / static_cast<float>(ui.cameraPreview.height);
  const float top = content.y + m.gap * 5;
  const float sideWidth = m.portrait() ? 0.0F : content.w * 0.30F;
  const float maxW = content.w - sideWidth - (m.portrait() ? 0.0F : m.gap * 2);
  const float maxH = (m.portrait() ? content.h * 0.62F : content.bottom() - top) - m.gap;
  const float w = std::min(maxW, maxH * aspect);
  const float h = w / aspect;
  const Rect preview = ui.mirrored({content.x + (maxW - w) / 2, top, w, h});
  lookHere(ui, preview);

  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (ui.cameraPreview.empty()) {
    fillRect(preview, p.progressTodo, m.corner);
    drawTextCentered(ui, ui.tr("photo.starting"), ui.theme.fonts.strong, preview.inset(m.gap), Align::Center, p.text);
  } else {
    // A mirror image: the visitor's left is on the left, as in a mirror, so moving follows intuition.
    draw->AddImage(ui.cameraPreview.id, {preview.x, preview.y}, {preview.right(), preview.bottom()}, {1, 0}, {0, 1});
    const bool passing = step.passingFrames > 0;
    faceGuide(ui, preview, passing);
    if (!step.hint.empty()) {
      // The instruction on a dark band at the bottom of the picture, large enough to read from a step back.
      const float bandH = m.textSize * 3.2F;
      const Rect band{preview.x, preview.bottom() - bandH, preview.w, bandH};
      fillRect(band, Rgba{0, 0, 0, 170}, 0);
      drawTextCentered(ui, ui.tr(step.hint), ui.theme.fonts.heading, band.inset(m.gap * 0.5F), Align::Center,
                       Rgba{255, 255, 255});
    }
  }
  strokeRect(preview, p.outline, m.corner, 2.0F);

  // Beside the picture (below it in portrait): holding still, a mirror note and, when needed, staff help.
  const Rect column = m.portrait() ? Rect{content.x, preview.bottom() + m.gap * 2, content.w, 0}
                                   : Rect{content.right() - sideWidth, top, sideWidth, 0};
  float y = column.y;
  const Rect text = ui.mirrored(column);
  if (step.passingFrames > 0) {
    y += drawText(ui, ui.tr("photo.hold"), ui.theme.fonts.strong, {text.x, y, text.w, 0}, Align::Start, p.text);
    y += m.gap;
    progressBar(ui, {column.x, y, column.w, m.gap * 1.2F},
                std::min(1.0, static_cast<double>(step.passingFrames) / std::max(1, step.holdFrames)));
    y += m.gap * 4;
  }
  y += drawText(ui, ui.tr("photo.mirror"), ui.theme.fonts.text, {text.x, y, text.w, 0}, Align::Start, p.mutedText);
  y += m.gap * 2;
  if (step.staffHelp) notice(ui, {column.x, y, column.w, 0}, ui.tr("photo.staff_help"), false);
}

}  // namespace foyer::screens::office
