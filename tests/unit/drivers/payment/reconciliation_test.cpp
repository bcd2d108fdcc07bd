#include <gtest/gtest.h>

#include "drivers/payment/station/reconciliation.hpp"

using foyer::payment::judge;
using foyer::payment::PaymentRecord;
using foyer::payment::Verdict;
using foyer::payment::zvt::StatusInformation;

namespace {

PaymentRecord approvedRecord() {
  PaymentRecord record;
  record.amountCents = 1250;
  record.receiptNumber = 42;
  record.trace = 142;
  return record;
}

StatusInformation last(std::uint8_t result, std::uint32_t receipt, std::uint64_t cents) {
  StatusInformation info;
  info.result = result;
  info.receiptNumber = receipt;
  info.amountCents = cents;
  return info;
}

}  // namespace

TEST(Reconciliation, ThePtsLastApprovedTransactionWithOurReceiptIsBooked) {
  EXPECT_EQ(judge(approvedRecord(), last(0x00, 42, 1250)), Verdict::Booked);
}

TEST(Reconciliation, AReversalNamingOurTraceMeansNobodyWasCharged) {
  StatusInformation reversal = last(0x00, 43, 1250);
  reversal.originalTrace = 142;
  EXPECT_EQ(judge(approvedRecord(), reversal), Verdict::NotBooked);
}

TEST(Reconciliation, OurReceiptDeclinedIsNotBooked) {
  EXPECT_EQ(judge(approvedRecord(), last(0x05, 42, 1250)), Verdict::NotBooked);
}

TEST(Reconciliation, AnotherTransactionOrNoAnswerCannotTellUs) {
  EXPECT_EQ(judge(approvedRecord(), last(0x00, 41, 1250)), Verdict::Unknown);
  EXPECT_EQ(judge(approvedRecord(), last(0x00, 42, 999)), Verdict::Unknown);  // same number, other amount
  EXPECT_EQ(judge(approvedRecord(), std::nullopt), Verdict::Unknown);
}

TEST(Reconciliation, WithoutOurReceiptNumberAMatchingAmountIsNotEnough) {
  PaymentRecord pending;
  pending.amountCents = 1250;
  EXPECT_EQ(judge(pending, last(0x00, 42, 1250)), Verdict::Unknown);
}
