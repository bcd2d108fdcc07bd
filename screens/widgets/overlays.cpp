#include "screens/widgets/overlays.hpp"

#include <algorithm>
#include <string>

#include "kiosk/i18n/text_format.hpp"
#include "screens/widgets/button.hpp"
#include "screens/widgets/dialog.hpp"

namespace foyer::screens {

using flow::Intent;
using flow::IntentKind;

void drawHelpPanel(Ui& ui) {
  // "document.problem" → "help.document_problem": a catalogue key has one dot.
  std::string key = "help." + std::string(ui.view.state);
  std::replace(key.begin() + 5, key.end(), '.', '_');
  const Rect buttons = dialog(ui, ui.tr("help.title"), ui.tr(key), 1);
  if (button(ui, "help.close", {ui.tr("help.close")}, buttons, ButtonStyle::Primary)) {
    ui.emit(Intent{IntentKind::CloseHelp, {}});
  }
}

void drawIdleQuestion(Ui& ui) {
  const std::string seconds = std::to_string(ui.view.idleCountdown.value_or(std::chrono::seconds(0)).count());
  const std::string message = i18n::fillIn(ui.tr("idle.message"), {{"seconds", seconds}});
  const Rect buttons = dialog(ui, ui.tr("idle.title"), message, 1);
  if (button(ui, "idle.continue", {ui.tr("idle.continue")}, buttons, ButtonStyle::Primary)) {
    ui.emit(Intent{IntentKind::StillHere, {}});
  }
}

void drawCancelQuestion(Ui& ui) {
  const Rect buttons = dialog(ui, ui.tr("cancel.title"), ui.tr("cancel.message"), 1);
  const float half = (buttons.w - ui.metrics().gap) / 2;
  // "Keep going" comes first in reading order: the safe choice is the easy one.
  const Rect keep = ui.rtl() ? Rect{buttons.right() - half, buttons.y, half, buttons.h}
                             : Rect{buttons.x, buttons.y, half, buttons.h};
  const Rect end = ui.rtl() ? Rect{buttons.x, buttons.y, half, buttons.h}
                            : Rect{buttons.right() - half, buttons.y, half, buttons.h};
  if (button(ui, "cancel.keep", {ui.tr("cancel.keep")}, keep, ButtonStyle::Primary)) {
    ui.emit(Intent{IntentKind::KeepVisit, {}});
  }
  if (button(ui, "cancel.confirm", {ui.tr("cancel.confirm")}, end, ButtonStyle::Danger)) {
    ui.emit(Intent{IntentKind::ConfirmCancel, {}});
  }
}

}  // namespace foyer::screens
