#include "screens/office/payment/terminal_prompt_text.hpp"

namespace foyer::screens::office {

std::string_view terminalPromptKey(payment::zvt::TerminalPrompt prompt) {
  using P = payment::zvt::TerminalPrompt;
  switch (prompt) {
    case P::InsertCard: return "payment.prompt.insert_card";
    case P::RemoveCard: return "payment.prompt.remove_card";
    case P::EnterPin: return "payment.prompt.enter_pin";
    case P::PleaseWait:
    case P::ConfirmAmount:
    case P::Selection: return "payment.prompt.please_wait";
    case P::WaitingForHost: return "payment.prompt.waiting_for_host";
    case P::CardNotReadable: return "payment.prompt.card_not_readable";
    case P::CardNotAccepted:
    case P::PaymentNotPossible: return "payment.prompt.card_not_accepted";
    case P::CardExpired: return "payment.prompt.card_expired";
    case P::IncorrectPin:
    case P::PinTryLimitExceeded: return "payment.prompt.incorrect_pin";
    case P::InsufficientFunds:
    case P::Declined: return "payment.prompt.declined";
    case P::Approved: return "payment.prompt.approved";
    case P::ProcessingError:
    case P::SystemMalfunction:
    case P::Other: break;
  }
  return "payment.prompt.other";
}

}  // namespace foyer::screens::office
