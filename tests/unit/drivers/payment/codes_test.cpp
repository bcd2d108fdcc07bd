#include "drivers/payment/protocol/codes.hpp"

#include <gtest/gtest.h>

namespace foyer::payment::zvt {
namespace {

TEST(ZvtCodes, ResultCodesForLogsAndPeople) {
  EXPECT_EQ(resultText(0x6C), "abort via timeout or abort key");
  EXPECT_EQ(resultText(0xB4), "already reversed");
  EXPECT_EQ(resultText(0x12), "declined by the authorisation host, code 0x12");
  EXPECT_EQ(resultText(0xEE), "result code 0xEE");
  EXPECT_EQ(problemOf(0x05), PaymentProblem::Declined);
  EXPECT_EQ(problemOf(0x6C), PaymentProblem::Cancelled);
  EXPECT_EQ(problemOf(0x64), PaymentProblem::CardUnreadable);
  EXPECT_EQ(problemOf(0x78), PaymentProblem::CardExpired);
  EXPECT_EQ(problemOf(0x7A), PaymentProblem::CardNotAccepted);
  EXPECT_EQ(problemOf(0x71), PaymentProblem::InsufficientFunds);
  EXPECT_EQ(problemOf(0x33), PaymentProblem::InsufficientFunds);  // host "51"
  EXPECT_EQ(problemOf(0x37), PaymentProblem::WrongPin);           // host "55"
  EXPECT_EQ(problemOf(0x9C), PaymentProblem::TerminalBusy);
  EXPECT_EQ(problemOf(0xE2), PaymentProblem::TerminalFault);
  EXPECT_EQ(problemOf(0xA3), PaymentProblem::CommunicationFault);
  EXPECT_EQ(problemOf(0xB4), PaymentProblem::Other);
  EXPECT_EQ(problemName(PaymentProblem::WrongPin), "wrong PIN");
}

TEST(ZvtCodes, IntermediateStatusPromptsIncludingRemoveCardForms) {
  EXPECT_EQ(promptOf(0x0A), TerminalPrompt::InsertCard);
  EXPECT_EQ(promptOf(0x0B), TerminalPrompt::RemoveCard);
  EXPECT_EQ(promptOf(0x01), TerminalPrompt::EnterPin);
  EXPECT_EQ(promptOf(0x0E), TerminalPrompt::PleaseWait);
  EXPECT_EQ(promptOf(0x04), TerminalPrompt::WaitingForHost);
  EXPECT_EQ(promptOf(0x0C), TerminalPrompt::CardNotReadable);
  EXPECT_EQ(promptOf(0x15), TerminalPrompt::IncorrectPin);
  EXPECT_EQ(promptOf(0x1D), TerminalPrompt::Declined);
  EXPECT_EQ(promptOf(0x1C), TerminalPrompt::Approved);
  // 41..5D: the same with "remove card".
  EXPECT_EQ(promptOf(0x55), TerminalPrompt::IncorrectPin);
  EXPECT_TRUE(removeCardAsked(0x55));
  EXPECT_EQ(promptOf(0x5D), TerminalPrompt::Declined);
  EXPECT_TRUE(removeCardAsked(0x0B));
  EXPECT_FALSE(removeCardAsked(0x15));
  EXPECT_FALSE(removeCardAsked(0x68));
  EXPECT_EQ(promptOf(0x68), TerminalPrompt::PleaseWait);  // not a +40 form
  EXPECT_EQ(intermediateStatusText(0x4A), "insert card, please remove card");
  EXPECT_EQ(intermediateStatusText(0x0E), "please wait");
  EXPECT_EQ(intermediateStatusText(0x77), "intermediate status 0x77");
  EXPECT_EQ(promptOf(0x77), TerminalPrompt::Other);
}

TEST(ZvtCodes, TerminalStatusCardSchemesAndCurrencies) {
  EXPECT_EQ(terminalStatusText(0x00), "ready");
  EXPECT_EQ(terminalStatusText(0xF0), "reconciliation required (run end-of-day)");
  EXPECT_EQ(terminalStatusText(0x01), "terminal status 0x01");
  EXPECT_EQ(cardSchemeName(0x05), "girocard");
  EXPECT_EQ(cardSchemeName(0x06), "Mastercard");
  EXPECT_EQ(cardSchemeName(0x2E), "Maestro");
  EXPECT_EQ(cardSchemeName(0x0D), "V PAY");
  EXPECT_FALSE(cardSchemeName(0xFF));
  EXPECT_EQ(currencyLetters(978), "EUR");
  EXPECT_FALSE(currencyLetters(1));
}

}  // namespace
}  // namespace foyer::payment::zvt
