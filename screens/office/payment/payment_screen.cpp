#include <algorithm>
#include <cmath>
#include <string>

#include <imgui.h>

#include "screens/office/document/document_widgets.hpp"
#include "screens/office/fee_text.hpp"
#include "screens/office/office_screens.hpp"
#include "screens/office/payment/terminal_prompt_text.hpp"
#include "screens/widgets/button.hpp"
#include "screens/widgets/draw.hpp"
#include "screens/widgets/page_frame.hpp"

namespace foyer::screens::office {
namespace {

// A card terminal with a card going in: drawn, so it needs no image file and reads the same everywhere.
void drawCardTerminal(const Ui& ui, const Rect& area, double seconds) {
  const Palette& p = ui.palette();
  const float h = area.h;
  const float w = h * 0.6F;
  const Rect body{area.centerX() - w / 2, area.y + h * 0.15F, w, h * 0.85F};
  fillRect(body, p.surface, w * 0.08F);
  strokeRect(body, p.outline, w * 0.08F, 3.0F);
  const Rect display{body.x + w * 0.12F, body.y + h * 0.08F, w * 0.76F, h * 0.22F};
  fillRect(display, p.primary, w * 0.03F);
  // Keys: a 3 x 4 grid.
  const float key = w * 0.17F;
  for (int row = 0; row < 4; ++row) {
    for (int col = 0; col < 3; ++col) {
      fillRect({body.x + w * 0.14F + static_cast<float>(col) * key * 1.45F,
                display.bottom() + h * 0.06F + static_cast<float>(row) * key * 0.95F, key, key * 0.7F},
               p.divider, key * 0.15F);
    }
  }
  // The card slides down into the slot and back, slowly, to say "insert or hold your card here".
  const float travel = static_cast<float>(0.5 + 0.5 * std::sin(seconds * 2.0));
  const Rect card{area.centerX() - w * 0.35F, area.y + travel * h * 0.1F - h * 0.05F, w * 0.7F, h * 0.22F};
  fillRect(card, p.attractBackground, w * 0.04F);
  fillRect({card.x + card.w * 0.1F, card.y + card.h * 0.3F, card.w * 0.2F, card.h * 0.25F}, p.surface, 3.0F);
}

// The card terminal and the printer work at their own pace: an endless bar shows the kiosk is waiting
// with them, not stuck.
void waitingBar(Ui& ui, const Rect& content, float y) {
  const Metrics& m = ui.metrics();
  const float width = std::min(content.w * 0.5F, m.textSize * 20);
  progressBar(ui, {content.centerX() - width / 2, y, width, m.gap}, std::fmod(ImGui::GetTime() / 2.0, 1.0));
}

}  // namespace

// The fee, what the card terminal asks for in the visitor's language, and Cancel while it waits.
void drawPayment(Ui& ui) {
  const Rect content = pageFrame(ui, ui.tr("payment.title"));
  const Metrics& m = ui.metrics();
  const Palette& p = ui.palette();
  const visit::PaymentStep& step = ui.view.visit.payment;
  const config::ServiceConfig* service = ui.view.config.findService(ui.view.visit.serviceId);
  float y = content.y;
  if (service != nullptr) {
    y += drawText(ui, ui.tr("payment.amount"), ui.theme.fonts.text, {content.x, y, content.w, 0}, Align::Center,
                  p.mutedText);
    y += drawText(ui, feeText(ui, *service), ui.theme.fonts.heading, {content.x, y, content.w, 0}, Align::Center,
                  p.text) + m.gap;
  }
  const float buttonH = m.touchTarget * 1.2F;
  const float pictureH = std::min(content.h * 0.4F, m.textSize * 12);
  drawCardTerminal(ui, {content.x, y, content.w, pictureH}, ImGui::GetTime());
  y += pictureH + m.gap * 2;
  const std::string_view prompt =
      step.cancelling ? ui.tr("payment.cancelling")
                      : (step.prompt ? ui.tr(terminalPromptKey(*step.prompt)) : ui.tr("payment.follow_terminal"));
  y += drawText(ui, prompt, ui.theme.fonts.heading, {content.x, y, content.w, 0}, Align::Center, p.text) + m.gap;
  waitingBar(ui, content, y);
  const float width = std::max(m.touchTarget * 4, content.w * 0.3F);
  const Rect cancel = ui.mirrored({content.centerX() - width / 2, content.bottom() - buttonH, width, buttonH});
  if (!step.cancelling && button(ui, "payment.cancel", {ui.tr("payment.cancel")}, cancel, ButtonStyle::Secondary)) {
    ui.emit(flow::Intent{flow::IntentKind::Cancel, {}});
  }
}

// Declined, cancelled or not possible: why (and that nothing was charged), then Try again or Pay at the
// counter. Cancel in the footer ends the visit.
void drawPaymentProblem(Ui& ui) {
  using Problem = visit::PaymentStep::Problem;
  const visit::PaymentStep& step = ui.view.visit.payment;
  std::string_view title = "payment.problem.failed.title";
  std::string_view message = "payment.problem.failed.message";
  switch (step.problem) {
    case Problem::Declined:
      title = "payment.problem.declined.title";
      message = "payment.problem.declined.message";
      break;
    case Problem::Cancelled:
      title = "payment.problem.cancelled.title";
      message = "payment.problem.cancelled.message";
      break;
    case Problem::CardProblem:
      title = "payment.problem.card.title";
      message = "payment.problem.card.message";
      break;
    case Problem::Unavailable:
      title = "payment.problem.unavailable.title";
      message = "payment.problem.unavailable.message";
      break;
    default: break;
  }
  const Rect content = pageFrame(ui, ui.tr(title));
  const Metrics& m = ui.metrics();
  const float column = std::min(content.w, m.textSize * 34);
  float y = content.y + m.gap;
  y += notice(ui, {content.x, y, column, 0}, ui.tr(message), true) + m.gap;
  y += drawText(ui, ui.tr("payment.problem.not_charged"), ui.theme.fonts.text, ui.mirrored({content.x, y, column, 0}),
                Align::Start, ui.palette().text) + m.gap * 3;
  const float width = std::max(m.touchTarget * 4, column / 2);
  const float h = m.touchTarget * 1.2F;
  if (step.problem != Problem::Unavailable) {
    if (button(ui, "payment.retry", {ui.tr("payment.retry")}, ui.mirrored({content.x, y, width, h}),
               ButtonStyle::Primary)) {
      ui.emit(flow::Intent{flow::IntentKind::Retry, {}});
    }
    y += h + m.gap;
  }
  if (button(ui, "payment.counter", {ui.tr("payment.counter")}, ui.mirrored({content.x, y, width, h}),
             step.problem == Problem::Unavailable ? ButtonStyle::Primary : ButtonStyle::Secondary)) {
    ui.emit(flow::Intent{flow::IntentKind::Confirm, "counter"});
  }
}

// Receipt and ticket are being printed.
void drawFinish(Ui& ui) {
  const Rect content = pageFrame(ui, ui.tr("finish.title"));
  const Metrics& m = ui.metrics();
  float y = content.y + content.h * 0.3F;
  y += drawText(ui, ui.tr("finish.printing"), ui.theme.fonts.heading, {content.x, y, content.w, 0}, Align::Center,
                ui.palette().text) + m.gap * 2;
  waitingBar(ui, content, y);
}

}  // namespace foyer::screens::office
