#include "kiosk/flow/office/finish_state.hpp"

#include <spdlog/spdlog.h>

#include "drivers/payment/station/payment_terminal.hpp"
#include "kiosk/flow/office/office_states.hpp"
#include "kiosk/printing/ticket_printer.hpp"
#include "kiosk/staff/audit_log.hpp"
#include "kiosk/store/ticket_book.hpp"

namespace foyer::flow::office {

namespace {

using Ticket = visit::TicketStep;

// Numbers come from the durable ticket book; should it fail, the visit still ends with a number that
// staff can tell apart (the visit number) rather than with none.
void issueTicket(StateContext& context) {
  visit::Visit& visit = context.visit();
  const config::ServiceConfig* service = context.config().findService(visit.serviceId);
  const std::string prefix = service != nullptr ? service->ticketPrefix : "A";
  const std::string now = staff::isoUtc(context.wallTime());
  store::TicketBook* book = context.devices().tickets;
  auto number = book != nullptr ? book->nextTicket(prefix, now) : std::unexpected(std::string("no ticket book"));
  auto reference = book != nullptr ? book->nextRecordReference(context.config().terminal.id, now)
                                   : std::unexpected(std::string("no ticket book"));
  if (!number || !reference) {
    spdlog::error("flow: ticket book: {}", !number ? number.error() : reference.error());
  }
  visit.ticket.number = number.value_or(prefix + "-V" + std::to_string(visit.number));
  visit.ticket.recordReference =
      reference.value_or(context.config().terminal.id + "-" + store::compactStamp(now) + "-V" + std::to_string(visit.number));
}

}  // namespace

void FinishState::enter(StateContext& context) {
  visit::Visit& visit = context.visit();
  if (visit.ticket.number.empty()) issueTicket(context);
  // The record of the visit is kept (issue 8 adds the outbox write here, in the same transaction);
  // from now on its payment is final.
  if (visit.payment.paid) {
    if (payment::PaymentTerminal* terminal = context.devices().paymentTerminal) {
      terminal->settle(visit.payment.paid->reference);
    }
  }
  printing::TicketPrinter* printer = context.devices().printer;
  if (printer == nullptr) {
    visit.ticket.print = Ticket::Print::NoPrinter;
    context.go(kDone);
    return;
  }
  const config::ServiceConfig* service = context.config().findService(visit.serviceId);
  visit.ticket.print = Ticket::Print::Printing;
  visit.ticket.printId = printer->print({.language = visit.language,
                                         .ticketNumber = visit.ticket.number,
                                         .recordReference = visit.ticket.recordReference,
                                         .serviceId = visit.serviceId,
                                         .feeCents = service != nullptr ? service->feeCents : 0,
                                         .payment = visit.payment.paid,
                                         .payAtCounter = visit.payment.payAtCounter,
                                         .issuedAt = context.wallTime()});
}

bool FinishState::handleEvent(StateContext& context, const Event& event) {
  const auto* ended = std::get_if<printing::PrintEnded>(&event);
  if (ended == nullptr) return false;
  visit::TicketStep& ticket = context.visit().ticket;
  if (ended->attemptId != ticket.printId) return true;
  ticket.printId = 0;
  if (ended->printed) {
    ticket.print = Ticket::Print::Printed;
  } else {
    ticket.print = ended->paperOut ? Ticket::Print::NoPaper : Ticket::Print::NoPrinter;
    spdlog::warn("flow: ticket {} not printed: {} (staff alerted)", ticket.number, ended->message);
  }
  context.go(kDone);
  return true;
}

}  // namespace foyer::flow::office
