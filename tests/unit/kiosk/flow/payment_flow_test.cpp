// Paying the fee in the office visit, with the payment terminal's reports delivered by hand. The terminal
// itself (ZVT against the simulated PT) is tested in foyer_payment_tests.
#include "drivers/payment/station/payment_terminal.hpp"
#include "tests/unit/kiosk/flow/office_flow_fixture.hpp"

namespace foyer::flow::testing {
namespace {

using payment::PaymentEnded;
using payment::zvt::PaymentProblem;

// The flow's side of the card terminal: what the flow asked for.
class ScriptedPaymentTerminal final : public payment::PaymentTerminal {
 public:
  std::uint64_t pay(const payment::PaymentRequest& request) override {
    amounts.push_back(request.amountCents);
    return ++lastId;
  }
  void cancel() override { ++cancels; }
  void abandon() override { ++abandons; }
  void settle(const std::string& reference) override { settled.push_back(reference); }

  std::uint64_t lastId = 0;
  std::vector<std::uint64_t> amounts;
  int cancels = 0;
  int abandons = 0;
  std::vector<std::string> settled;
};

class PaymentFlow : public OfficeFlow {
 protected:
  PaymentFlow() {
    m_engine.attach(Devices{.documentReader = &m_reader, .photoCamera = &m_camera, .fingerprintScanner = &m_scanner,
                            .paymentTerminal = &m_terminal, .printer = nullptr, .tickets = nullptr});
  }
  void walkToPayment() {
    walkToSummary();
    act(IntentKind::Confirm);
  }
  PaymentEnded ended(PaymentEnded::Outcome outcome, PaymentProblem problem = PaymentProblem::Other) {
    PaymentEnded value;
    value.attemptId = m_terminal.lastId;
    value.outcome = outcome;
    value.problem = problem;
    value.record.reference = "hall-1-pay-20260615T090000-000001";
    value.record.amountCents = 10000;
    value.record.maskedPan = "************4771";
    value.record.state = payment::PaymentState::Paid;
    return value;
  }
  ScriptedPaymentTerminal m_terminal;
};

TEST_F(PaymentFlow, TheFeeIsChargedAndAPaidVisitEndsWithItsTicketAndAFinalPayment) {
  walkToPayment();
  ASSERT_EQ(m_engine.state(), "payment");
  ASSERT_EQ(m_terminal.amounts, std::vector<std::uint64_t>{10000});
  EXPECT_FALSE(m_engine.view().canGoBack) << "no way back while a card may be in the terminal";
  deliver(payment::PaymentPrompt{m_terminal.lastId, payment::zvt::TerminalPrompt::InsertCard});
  EXPECT_EQ(m_engine.visit().payment.prompt, payment::zvt::TerminalPrompt::InsertCard);
  deliver(ended(PaymentEnded::Outcome::Paid));
  ASSERT_EQ(m_engine.state(), "done");
  EXPECT_EQ(m_terminal.settled, std::vector<std::string>{"hall-1-pay-20260615T090000-000001"});
  EXPECT_FALSE(m_engine.visit().ticket.number.empty());
  EXPECT_EQ(m_engine.visit().ticket.print, visit::TicketStep::Print::NoPrinter);
  act(IntentKind::Confirm);
  EXPECT_EQ(m_engine.state(), "attract");
  EXPECT_FALSE(m_engine.visit().payment.paid) << "the receipt and masked card number are wiped with the visit";
}

TEST_F(PaymentFlow, CancelAsksTheTerminalAndWaitsForItsAnswerThenOffersAnotherTry) {
  walkToPayment();
  act(IntentKind::Cancel);
  EXPECT_EQ(m_terminal.cancels, 1);
  EXPECT_EQ(m_engine.state(), "payment") << "only the terminal can say whether the payment stopped";
  EXPECT_TRUE(m_engine.visit().payment.cancelling);
  EXPECT_FALSE(m_engine.view().cancelQuestionOpen) << "Cancel stops the payment, not the visit";
  deliver(ended(PaymentEnded::Outcome::NotPaid, PaymentProblem::Cancelled));
  ASSERT_EQ(m_engine.state(), "payment.problem");
  EXPECT_EQ(m_engine.visit().payment.problem, visit::PaymentStep::Problem::Cancelled);
  act(IntentKind::Retry);
  EXPECT_EQ(m_engine.state(), "payment");
  EXPECT_EQ(m_terminal.amounts.size(), 2U);
  EXPECT_TRUE(m_terminal.settled.empty());
}

TEST_F(PaymentFlow, ADeclinedCardCanBePaidAtTheCounterInstead) {
  walkToPayment();
  deliver(ended(PaymentEnded::Outcome::NotPaid, PaymentProblem::InsufficientFunds));
  ASSERT_EQ(m_engine.state(), "payment.problem");
  EXPECT_EQ(m_engine.visit().payment.problem, visit::PaymentStep::Problem::Declined);
  act(IntentKind::Confirm, "counter");
  ASSERT_EQ(m_engine.state(), "done");
  EXPECT_TRUE(m_engine.visit().payment.payAtCounter);
  EXPECT_TRUE(m_terminal.settled.empty());
}

TEST_F(PaymentFlow, AnUnavailableTerminalOffersOnlyTheCounter) {
  walkToPayment();
  deliver(ended(PaymentEnded::Outcome::Unavailable, PaymentProblem::CommunicationFault));
  ASSERT_EQ(m_engine.state(), "payment.problem");
  act(IntentKind::Retry);
  EXPECT_EQ(m_engine.state(), "payment.problem") << "no retry while the terminal cannot be reached";
}

TEST_F(PaymentFlow, AVisitThatEndsWhileTheTerminalStillChargesAbandonsThePayment) {
  walkToPayment();
  wait(seconds(61));  // the visitor walked away from the card terminal
  wait(seconds(21));
  EXPECT_EQ(m_engine.state(), "attract");
  EXPECT_EQ(m_terminal.abandons, 1);
  // The terminal's late answer belongs to nobody.
  deliver(ended(PaymentEnded::Outcome::Paid));
  EXPECT_EQ(m_engine.state(), "attract");
  EXPECT_TRUE(m_terminal.settled.empty());
}

TEST_F(PaymentFlow, PromptsAtTheCardTerminalKeepTheVisitAlive) {
  walkToPayment();
  for (int i = 0; i < 4; ++i) {
    wait(seconds(50));
    deliver(payment::PaymentPrompt{m_terminal.lastId, payment::zvt::TerminalPrompt::PleaseWait});
  }
  EXPECT_EQ(m_engine.state(), "payment");
  EXPECT_FALSE(m_engine.view().idleCountdown.has_value());
}

TEST_F(PaymentFlow, AFreeServicePassesStraightToTheTicket) {
  m_config.services[0].feeCents = 0;
  walkToPayment();
  EXPECT_EQ(m_engine.state(), "done");
  EXPECT_TRUE(m_terminal.amounts.empty());
}

}  // namespace
}  // namespace foyer::flow::testing
