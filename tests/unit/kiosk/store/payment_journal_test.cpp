#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "kiosk/store/sqlite_payment_journal.hpp"
#include "kiosk/store/ticket_book.hpp"

namespace fs = std::filesystem;
using foyer::payment::PaymentRecord;
using foyer::payment::PaymentState;
using foyer::store::SqlitePaymentJournal;
using foyer::store::TicketBook;

namespace {

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() /
            ("foyer-store-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }
  fs::path m_dir;
};

PaymentRecord pending(const std::string& reference, std::uint64_t cents) {
  PaymentRecord record;
  record.reference = reference;
  record.amountCents = cents;
  record.createdAt = record.updatedAt = "2026-06-15T09:00:00Z";
  return record;
}

}  // namespace

TEST_F(StoreTest, ASavedPaymentIsThereAfterReopeningWithItsReceiptAndHistory) {
  {
    auto journal = SqlitePaymentJournal::open(m_dir / "foyer.sqlite");
    ASSERT_TRUE(journal) << journal.error();
    PaymentRecord record = pending("t1-pay-1", 1250);
    ASSERT_TRUE((*journal)->save(record, "authorisation requested"));
    record.state = PaymentState::Approved;
    record.receiptNumber = 470;
    record.trace = 470;
    record.maskedPan = "************4771";
    record.customerReceipt = {{.text = "Betrag EUR 12,50", .centred = false, .doubleWidth = true, .doubleHeight = false},
                              {.text = "Zahlung erfolgt", .centred = true, .doubleWidth = false, .doubleHeight = false}};
    record.updatedAt = "2026-06-15T09:00:20Z";
    ASSERT_TRUE((*journal)->save(record, "approved by the terminal"));
  }
  auto reopened = SqlitePaymentJournal::open(m_dir / "foyer.sqlite");
  ASSERT_TRUE(reopened) << reopened.error();
  const auto record = (*reopened)->find("t1-pay-1");
  ASSERT_TRUE(record);
  EXPECT_EQ(record->state, PaymentState::Approved);
  EXPECT_EQ(record->amountCents, 1250U);
  EXPECT_EQ(record->receiptNumber, 470U);
  EXPECT_EQ(record->maskedPan, "************4771");
  EXPECT_EQ(record->createdAt, "2026-06-15T09:00:00Z");  // an update keeps when it began
  ASSERT_EQ(record->customerReceipt.size(), 2U);
  EXPECT_EQ(record->customerReceipt[0].text, "Betrag EUR 12,50");
  EXPECT_TRUE(record->customerReceipt[0].doubleWidth);
  EXPECT_TRUE(record->customerReceipt[1].centred);
  const auto history = (*reopened)->history("t1-pay-1");
  ASSERT_EQ(history.size(), 2U);
  EXPECT_NE(history[0].find("pending authorisation requested"), std::string::npos);
  EXPECT_NE(history[1].find("approved approved by the terminal"), std::string::npos);
}

TEST_F(StoreTest, OnlyPaymentsThatAreNotFinalAreUnfinished) {
  auto journal = SqlitePaymentJournal::open(m_dir / "foyer.sqlite");
  ASSERT_TRUE(journal);
  const std::pair<const char*, PaymentState> states[] = {
      {"a", PaymentState::Pending},  {"b", PaymentState::Approved}, {"c", PaymentState::Paid},
      {"d", PaymentState::Settled},  {"e", PaymentState::Failed},   {"f", PaymentState::Reversing},
      {"g", PaymentState::Reversed}, {"h", PaymentState::Unresolved}};
  for (const auto& [reference, state] : states) {
    PaymentRecord record = pending(reference, 100);
    record.state = state;
    ASSERT_TRUE((*journal)->save(record, "test"));
  }
  std::string unfinished;
  for (const auto& record : (*journal)->unfinished()) unfinished += record.reference;
  EXPECT_EQ(unfinished, "abcfh");
}

TEST_F(StoreTest, ReferencesAreUniqueAndSortByTimeEvenWhenTheClockStandsStill) {
  auto journal = SqlitePaymentJournal::open(m_dir / "foyer.sqlite");
  ASSERT_TRUE(journal);
  const std::string first = (*journal)->newReference("hall-1-pay", "2026-06-15T09:00:00Z");
  const std::string second = (*journal)->newReference("hall-1-pay", "2026-06-15T09:00:00Z");
  EXPECT_EQ(first, "hall-1-pay-20260615T090000-000001");
  EXPECT_NE(first, second);
  EXPECT_LT(first, second);
}

TEST_F(StoreTest, AJournalInAFolderThatCannotBeCreatedIsReportedNotThrown) {
  const fs::path blocker = m_dir / "file";
  fs::create_directories(m_dir);
  { std::ofstream(blocker) << "x"; }
  auto journal = SqlitePaymentJournal::open(blocker / "foyer.sqlite");
  ASSERT_FALSE(journal);
  EXPECT_NE(journal.error().find("foyer.sqlite"), std::string::npos);
}

TEST_F(StoreTest, TicketNumbersCountPerPrefixAndDayAndSurviveARestart) {
  {
    auto book = TicketBook::open(m_dir / "foyer.sqlite");
    ASSERT_TRUE(book) << book.error();
    EXPECT_EQ((*book)->nextTicket("A", "2026-06-15T09:00:00Z").value_or(""), "A-001");
    EXPECT_EQ((*book)->nextTicket("A", "2026-06-15T09:05:00Z").value_or(""), "A-002");
    EXPECT_EQ((*book)->nextTicket("B", "2026-06-15T09:06:00Z").value_or(""), "B-001");
  }
  auto book = TicketBook::open(m_dir / "foyer.sqlite");
  ASSERT_TRUE(book);
  EXPECT_EQ((*book)->nextTicket("A", "2026-06-15T10:00:00Z").value_or(""), "A-003");
  EXPECT_EQ((*book)->nextTicket("A", "2026-06-16T08:00:00Z").value_or(""), "A-001");  // a new day
  const auto first = (*book)->nextRecordReference("hall-1", "2026-06-15T10:00:00Z");
  const auto second = (*book)->nextRecordReference("hall-1", "2026-06-15T10:00:00Z");
  ASSERT_TRUE(first && second);
  EXPECT_EQ(*first, "hall-1-20260615T100000-000001");
  EXPECT_LT(*first, *second);
}
