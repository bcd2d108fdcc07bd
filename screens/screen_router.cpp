#include "screens/screen_router.hpp"

#include <functional>
#include <map>
#include <string_view>

#include <imgui.h>

#include "kiosk/flow/office/office_states.hpp"
#include "screens/office/office_screens.hpp"
#include "screens/staff/staff_overlay.hpp"
#include "screens/widgets/overlays.hpp"

namespace foyer::screens {
namespace {

using Draw = void (*)(Ui&);

Draw screenFor(std::string_view state) {
  namespace ids = flow::office;
  static const std::map<std::string_view, Draw> screens{
      {ids::kAttract, office::drawAttract}, {ids::kLanguage, office::drawLanguage},
      {ids::kService, office::drawService}, {ids::kSummary, office::drawSummary},
      {ids::kDocument, office::drawDocumentPlace}, {ids::kDocumentProblem, office::drawDocumentProblem},
      {ids::kDocumentTyping, office::drawDocumentTyping}, {ids::kDocumentCheck, office::drawDocumentCheck},
      {ids::kPhoto, office::drawPhotoCapture}, {ids::kPhotoResult, office::drawPhotoResult},
      {ids::kPhotoProblem, office::drawPhotoProblem}, {ids::kDone, office::drawDone},
      {ids::kFingerprints, office::drawFingerprintCapture}, {ids::kFingerprintsProblem, office::drawFingerprintProblem},
      {ids::kSignature, office::drawSignature}, {ids::kPayment, office::drawPayment},
      {ids::kPaymentProblem, office::drawPaymentProblem}, {ids::kFinish, office::drawFinish},
  };
  auto it = screens.find(state);
  return it == screens.end() ? office::drawPleaseWait : it->second;  // cleanup and unknown states
}

bool beginLayer(const char* name, const Metrics& m, bool behind) {
  ImGui::SetNextWindowPos({0, 0});
  ImGui::SetNextWindowSize({m.width, m.height});
  if (!behind) ImGui::SetNextWindowFocus();
  ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                           ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollWithMouse;
  if (behind) flags |= ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {0, 0});
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
  const bool open = ImGui::Begin(name, nullptr, flags);
  ImGui::PopStyleVar(2);
  return open;
}

constexpr float kDimBehindQuestion = 0.55F;

bool questionOpen(const flow::FlowView& view) {
  return view.helpOpen || view.cancelQuestionOpen || view.idleCountdown.has_value() ||
         view.staff.mode != flow::StaffView::Mode::Closed;
}

}  // namespace

Rgba backgroundOf(const flow::FlowView& view, const Palette& palette) {
  const Rgba base = view.kind == flow::StateKind::Attract ? palette.attractBackground : palette.background;
  return questionOpen(view) ? darker(base, kDimBehindQuestion) : base;
}

void drawFrame(Ui& ui) {
  const flow::FlowView& view = ui.view;
  const bool modal = questionOpen(view);
  Theme pageTheme = ui.theme;
  if (modal) pageTheme.palette = ui.theme.palette.dimmed(kDimBehindQuestion);
  Ui page{ui.view, ui.translations, pageTheme, ui.widgets, ui.text, ui.intents, !modal, ui.languageOverride, ui.portrait,
         ui.cameraPreview, ui.photo, ui.fingerprint};
  if (beginLayer("##screen", ui.metrics(), true)) {
    // Widget ids are scoped by state: when the state changes under a finger that is down, the button with
    // the same name on the next screen (nav.back, ...) is a different widget and does not fire on release.
    ImGui::PushID(view.state.data(), view.state.data() + view.state.size());
    screenFor(view.state)(page);
    ImGui::PopID();
    // Staff act on a visit: the corner is there while one runs (the attract screen is all one button).
    if (!modal && (view.kind == flow::StateKind::Step || view.kind == flow::StateKind::Final)) staff::staffCorner(page);
  }
  ImGui::End();
  if (!modal) return;
  ui.interactive = true;
  if (beginLayer("##question", ui.metrics(), false)) {
    if (view.staff.mode != flow::StaffView::Mode::Closed) {
      ImGui::PushID("staff");
      // Staff read the terminal's own language, whatever the visitor chose.
      Ui staffUi{ui.view, ui.translations, ui.theme, ui.widgets, ui.text, ui.intents, true,
                 ui.view.config.ui.defaultLanguage, ui.portrait, ui.cameraPreview, ui.photo, ui.fingerprint};
      staff::drawStaffOverlay(staffUi);
    } else if (view.idleCountdown) {
      ImGui::PushID("idle");
      drawIdleQuestion(ui);  // the most urgent: the visit is about to end
    } else if (view.cancelQuestionOpen) {
      ImGui::PushID("cancel");
      drawCancelQuestion(ui);
    } else {
      ImGui::PushID("help");
      drawHelpPanel(ui);
    }
    ImGui::PopID();
  }
  ImGui::End();
}

}  // namespace foyer::screens
