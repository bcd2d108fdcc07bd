#include "kiosk/flow/office/payment/payment_state.hpp"

#include <spdlog/spdlog.h>

#include "drivers/payment/station/payment_terminal.hpp"
#include "kiosk/flow/office/office_states.hpp"

namespace foyer::flow::office {

namespace {

using Step = visit::PaymentStep;
using payment::zvt::PaymentProblem;

Step::Problem problemFor(const payment::PaymentEnded& ended) {
  if (ended.outcome == payment::PaymentEnded::Outcome::Unavailable) return Step::Problem::Unavailable;
  switch (ended.problem) {
    case PaymentProblem::Cancelled: return Step::Problem::Cancelled;
    case PaymentProblem::Declined:
    case PaymentProblem::InsufficientFunds:
    case PaymentProblem::WrongPin: return Step::Problem::Declined;
    case PaymentProblem::CardUnreadable:
    case PaymentProblem::CardExpired:
    case PaymentProblem::CardNotAccepted: return Step::Problem::CardProblem;
    default: return Step::Problem::TerminalFault;
  }
}

std::int64_t feeOf(StateContext& context) {
  const config::ServiceConfig* service = context.config().findService(context.visit().serviceId);
  return service != nullptr ? service->feeCents : 0;
}

}  // namespace

void PaymentState::enter(StateContext& context) {
  Step& step = context.visit().payment;
  step.prompt.reset();
  step.cancelling = false;
  step.problem = Step::Problem::None;
  const std::int64_t fee = feeOf(context);
  if (fee <= 0 || step.paid || step.payAtCounter) {
    context.go(kFinish);
    return;
  }
  payment::PaymentTerminal* terminal = context.devices().paymentTerminal;
  if (terminal == nullptr) {
    step.problem = Step::Problem::Unavailable;
    context.go(kPaymentProblem);
    return;
  }
  ++step.attempts;
  step.attemptId = terminal->pay({.amountCents = static_cast<std::uint64_t>(fee),
                                  .currency = 978,
                                  .purpose = context.visit().serviceId});
  spdlog::info("flow: payment {} of {} cents started (try {})", step.attemptId, fee, step.attempts);
}

void PaymentState::exit(StateContext& context) {
  Step& step = context.visit().payment;
  // Leaving while the terminal still works (idle timeout, staff ended the visit): it must not charge.
  if (step.attemptId != 0) {
    if (payment::PaymentTerminal* terminal = context.devices().paymentTerminal) terminal->abandon();
    step.attemptId = 0;
  }
  step.prompt.reset();
  step.cancelling = false;
}

bool PaymentState::handleIntent(StateContext& context, const Intent& intent) {
  Step& step = context.visit().payment;
  if (step.attemptId == 0) return false;
  if (intent.kind == IntentKind::Cancel) {
    // Only the terminal can say whether it stopped; until it does, the visitor waits.
    if (!step.cancelling) {
      step.cancelling = true;
      context.devices().paymentTerminal->cancel();
      spdlog::info("flow: visitor cancels payment {}", step.attemptId);
    }
    return true;
  }
  return false;  // no Back here: the graph gives the state none while a card may be in the terminal
}

bool PaymentState::handleEvent(StateContext& context, const Event& event) {
  Step& step = context.visit().payment;
  if (const auto* prompt = std::get_if<payment::PaymentPrompt>(&event)) {
    if (prompt->attemptId != step.attemptId) return true;
    step.prompt = prompt->prompt;
    context.visitorPresent();  // at the card terminal, not at the screen
    return true;
  }
  const auto* ended = std::get_if<payment::PaymentEnded>(&event);
  if (ended == nullptr) return false;
  if (ended->attemptId != step.attemptId) return true;  // a payment abandoned earlier
  step.attemptId = 0;
  if (ended->outcome == payment::PaymentEnded::Outcome::Paid) {
    spdlog::info("flow: payment paid ({})", ended->record.reference);
    step.paid = ended->record;
    context.go(kFinish);
    return true;
  }
  step.problem = problemFor(*ended);
  step.detail = ended->problem;
  spdlog::info("flow: payment not paid: {}", ended->message);
  context.go(kPaymentProblem);
  return true;
}

bool PaymentProblemState::handleIntent(StateContext& context, const Intent& intent) {
  Step& step = context.visit().payment;
  if (intent.kind == IntentKind::Retry && step.problem != Step::Problem::Unavailable) {
    context.go(kPayment);
    return true;
  }
  // The fee can always be paid at the counter; the ticket then says so.
  if (intent.kind == IntentKind::Confirm && intent.value == "counter") {
    step.payAtCounter = true;
    context.go(kFinish);
    return true;
  }
  return false;
}

}  // namespace foyer::flow::office
