// The document step's states: which read they start, which reports they take, where each outcome leads,
// and that what was typed or read is forgotten.
#include <gtest/gtest.h>

#include "tests/unit/kiosk/flow/office_flow_fixture.hpp"

namespace foyer::flow {
namespace {

using document::DocumentProgress;
using document::DocumentReadDone;
using document::DocumentReadFailed;
using testing::OfficeFlow;
using testing::specimenReading;
using testing::testConfig;
using Problem = visit::DocumentStep::Problem;
using Field = visit::TypedAccessData::Field;
using std::chrono::seconds;

class DocumentFlow : public OfficeFlow {
 protected:
  void type(const std::string& keys) {
    for (char key : keys) act(IntentKind::TypeKey, std::string(1, key));
  }
  void typeSpecimen() {
    act(IntentKind::SelectField, "number");
    type("C01X00T47");
    act(IntentKind::SelectField, "birth");
    type("12081983");
    type("01012031");  // the full birth date moved the keyboard on to the expiry date
  }
  const visit::Visit& visit() { return m_engine.visit(); }
};

TEST_F(DocumentFlow, ChoosingAServiceStartsACameraReadAndShowsItsProgress) {
  walkToDocument();
  ASSERT_EQ(m_engine.state(), "document");
  ASSERT_EQ(m_reader.typed.size(), 1U);
  EXPECT_FALSE(m_reader.typed.front()) << "the first read looks at the printed MRZ";
  report(DocumentProgress{m_reader.lastId, DocumentProgress::Phase::ReadingChip, 0.4});
  EXPECT_EQ(visit().document.phase, visit::DocumentStep::Phase::ReadingChip);
  EXPECT_DOUBLE_EQ(visit().document.fraction, 0.4);
}

TEST_F(DocumentFlow, ReportsOfAStoppedReadAreIgnored) {
  walkToDocument();
  const std::uint64_t stale = m_reader.lastId;
  act(IntentKind::Back);
  EXPECT_FALSE(m_reader.running) << "leaving the step stops the read";
  act(IntentKind::ChooseService, "permit");
  ASSERT_NE(m_reader.lastId, stale);
  report(DocumentReadDone{stale, specimenReading()});
  EXPECT_EQ(m_engine.state(), "document");
  EXPECT_FALSE(visit().identity.has_value());
  report(DocumentReadFailed{stale, DocumentReadFailed::Kind::AccessDenied, "old"});
  EXPECT_EQ(m_engine.state(), "document");
}

TEST_F(DocumentFlow, ReadingShowsTheResultAndConfirmingLeadsToTheSummary) {
  walkToDocument();
  report(DocumentReadDone{m_reader.lastId, specimenReading()});
  ASSERT_EQ(m_engine.state(), "document.check");
  EXPECT_EQ(visit().identity->surname, "MUSTERFRAU");
  act(IntentKind::Confirm);
  EXPECT_EQ(m_engine.state(), "summary");
}

TEST_F(DocumentFlow, NoReadableMrzInTimeShowsTheProblemOnlyWhileStillLooking) {
  walkToDocument();
  wait(seconds(19));
  EXPECT_EQ(m_engine.state(), "document");
  wait(seconds(1));
  ASSERT_EQ(m_engine.state(), "document.problem");
  EXPECT_EQ(visit().document.problem, Problem::MrzUnreadable);

  // Once the MRZ is found the chip may take its time (a card put back late): no MRZ timeout then.
  act(IntentKind::Retry);
  ASSERT_EQ(m_engine.state(), "document");
  report(DocumentProgress{m_reader.lastId, DocumentProgress::Phase::WaitingForChip, 0});
  wait(seconds(30));
  EXPECT_EQ(m_engine.state(), "document");
}

TEST_F(DocumentFlow, TypedDataOpensTheChipAndAWrongAnswerSendsTheVisitorBackToIt) {
  walkToDocument();
  report(DocumentReadFailed{m_reader.lastId, DocumentReadFailed::Kind::NoCamera, "camera unplugged"});
  ASSERT_EQ(m_engine.state(), "document.problem");
  act(IntentKind::TypeInstead);
  ASSERT_EQ(m_engine.state(), "document.typing");
  typeSpecimen();
  EXPECT_EQ(visit().document.typed.expiryDate, "01012031");
  act(IntentKind::Confirm);
  ASSERT_EQ(m_engine.state(), "document");
  EXPECT_TRUE(m_reader.typed.back()) << "this read opens the chip with the typed data";

  report(DocumentReadFailed{m_reader.lastId, DocumentReadFailed::Kind::AccessDenied, "6300"});
  ASSERT_EQ(m_engine.state(), "document.problem");
  EXPECT_EQ(visit().document.problem, Problem::AccessDenied);
  act(IntentKind::TypeInstead);
  EXPECT_EQ(visit().document.typed.documentNumber, "C01X00T47") << "what was typed stays for correcting";
}

TEST_F(DocumentFlow, TypingAcceptsOnlyMrzCharactersAndRealDates) {
  walkToDocument();
  wait(seconds(20));
  act(IntentKind::TypeInstead);
  act(IntentKind::SelectField, "number");
  type("AB");
  act(IntentKind::TypeKey, "ä");
  act(IntentKind::TypeKey, "backspace");
  act(IntentKind::TypeKey, "<");
  EXPECT_EQ(visit().document.typed.documentNumber, "A");
  act(IntentKind::SelectField, "birth");
  type("X3102199012");  // a letter is ignored; digits beyond eight are not taken
  EXPECT_EQ(visit().document.typed.birthDate, "31021990");
  type("01012030");
  act(IntentKind::Confirm);
  EXPECT_EQ(m_engine.state(), "document.typing");
  EXPECT_EQ(visit().document.typed.error, "typing.error_number") << "too short a number is named first";
  act(IntentKind::SelectField, "number");
  type("BCDE");
  act(IntentKind::Confirm);
  EXPECT_EQ(visit().document.typed.error, "typing.error_birth") << "there is no 31 February";
  EXPECT_EQ(visit().document.typed.active, Field::BirthDate);
  EXPECT_EQ(m_reader.typed.size(), 1U) << "no chip read is started with impossible data";
}

TEST_F(DocumentFlow, NoDocumentReaderAtAllShowsTheProblemInsteadOfWaiting) {
  m_engine.attach(Devices{});
  walkToDocument();
  EXPECT_EQ(m_engine.state(), "document.problem");
  EXPECT_EQ(visit().document.problem, Problem::NoCamera);
}

TEST_F(DocumentFlow, ReadingAgainForgetsTheFirstResult) {
  walkToDocument();
  report(DocumentReadDone{m_reader.lastId, specimenReading()});
  const auto serial = visit().identitySerial;
  act(IntentKind::Retry);
  EXPECT_EQ(m_engine.state(), "document");
  EXPECT_FALSE(visit().identity.has_value());
  EXPECT_NE(visit().identitySerial, serial) << "the screen drops the portrait";
}

TEST_F(DocumentFlow, EndingTheVisitWipesTypedAndReadData) {
  walkToDocument();
  wait(seconds(20));
  act(IntentKind::TypeInstead);
  typeSpecimen();
  act(IntentKind::Confirm);
  report(DocumentReadDone{m_reader.lastId, specimenReading()});
  ASSERT_TRUE(visit().identity.has_value());
  act(IntentKind::Cancel);
  act(IntentKind::ConfirmCancel);
  EXPECT_EQ(m_engine.state(), "attract");
  EXPECT_FALSE(visit().identity.has_value());
  EXPECT_TRUE(visit().document.typed.documentNumber.empty());
  EXPECT_TRUE(visit().document.typed.birthDate.empty());
  EXPECT_FALSE(visit().document.useTypedData);
}

}  // namespace
}  // namespace foyer::flow
