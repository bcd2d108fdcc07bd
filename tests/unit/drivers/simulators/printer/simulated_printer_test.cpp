// The simulator's printer without sockets: status answers from its state (T5, T6), receipts on disk at
// a cut or when the host goes away, nothing printed while offline, the control commands.
#include "drivers/simulators/printer/simulated_printer.hpp"

#include <unistd.h>

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "drivers/printer/protocol/escpos_writer.hpp"
#include "drivers/simulators/printer/control_command.hpp"
#include "tests/unit/drivers/printer/escpos_vectors.hpp"

namespace foyer::simulators::printer {
namespace {

namespace vectors = escpos::vectors;
using vectors::fromHex;
using vectors::view;

std::string readFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

escpos::Bytes receiptBytes() {
  escpos::EscPosWriter writer;
  writer.initialise();
  (void)writer.selectCodeTable(escpos::CodeTable::Pc858);
  writer.line(vectors::kT1GebuehrText);
  writer.line("Straße Ä Ö Ü");
  writer.align(escpos::Align::Centre);
  (void)writer.qrCode(vectors::kT2Data, 6, escpos::QrErrorCorrection::M);
  writer.newline();
  (void)writer.barcode128(vectors::kT3Data, 80, escpos::HriPosition::Below);
  writer.cut();
  return writer.take();
}

class SimulatedPrinterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    m_folder = std::filesystem::temp_directory_path() /
               ("foyer-printer-sim-" + std::string(test->name()) + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(m_folder);
    auto files = ReceiptFiles::create(m_folder);
    ASSERT_TRUE(files) << files.error();
    m_printer.emplace(escpos::InterpreterConfig{}, std::move(*files));
  }
  void TearDown() override { std::filesystem::remove_all(m_folder); }

  SimulatedPrinter& printer() { return *m_printer; }
  const std::filesystem::path& folder() const { return m_folder; }
  std::size_t filesInFolder() const {
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(m_folder), {}));
  }
  escpos::Bytes ask(std::string_view hex) { return printer().receive(view(fromHex(hex))); }

 private:
  std::filesystem::path m_folder;
  std::optional<SimulatedPrinter> m_printer;
};

TEST_F(SimulatedPrinterTest, T5HealthyAnswers12) {
  EXPECT_EQ(ask("10 04 01 10 04 02 10 04 03 10 04 04"), fromHex("12 12 12 12"));
}

TEST_F(SimulatedPrinterTest, T5PaperOutAnswers1A327E) {
  (void)printer().setPaper(PaperState::Out);
  EXPECT_EQ(ask("10 04 01 10 04 02 10 04 04"), fromHex("1A 32 7E"));
  EXPECT_FALSE(printer().status().ready());
}

TEST_F(SimulatedPrinterTest, T5NearEndAnswers1EAndStillPrints) {
  (void)printer().setPaper(PaperState::NearEnd);
  EXPECT_EQ(ask("10 04 01 10 04 04"), fromHex("12 1E"));
  (void)printer().receive(view(receiptBytes()));
  EXPECT_EQ(printer().printed(), 1U);
}

TEST_F(SimulatedPrinterTest, CoverOpenIsOfflineWithTheCoverBit) {
  (void)printer().setCoverOpen(true);
  EXPECT_EQ(ask("10 04 01 10 04 02 10 04 04"), fromHex("1A 16 12"));
  (void)printer().setCoverOpen(false);
  EXPECT_EQ(ask("10 04 01"), fromHex("12"));
}

TEST_F(SimulatedPrinterTest, PngTextAndJsonAreWrittenAtACut) {
  const escpos::Bytes bytes = receiptBytes();
  // In two pieces, the split inside the QR data.
  (void)printer().receive(escpos::ByteView(bytes).first(60));
  EXPECT_EQ(filesInFolder(), 0U);
  (void)printer().receive(escpos::ByteView(bytes).subspan(60));
  EXPECT_EQ(printer().printed(), 1U);
  ASSERT_TRUE(std::filesystem::exists(folder() / "receipt-0001.png"));
  EXPECT_GT(std::filesystem::file_size(folder() / "receipt-0001.png"), 1000U);
  EXPECT_EQ(readFile(folder() / "receipt-0001.txt"), "Gebühr: 12,50 €\nStraße Ä Ö Ü\n");
  const auto json = nlohmann::json::parse(readFile(folder() / "receipt-0001.json"));
  EXPECT_EQ(json["qr"][0]["data"], vectors::kT2Data);
  EXPECT_EQ(json["qr"][0]["errorCorrection"], "M");
  EXPECT_EQ(json["barcodes"][0]["data"], vectors::kT3Data);
  EXPECT_EQ(json["barcodes"][0]["system"], "CODE128");
  EXPECT_EQ(json["cut"], "partial");
  EXPECT_EQ(json["receipt"], 1);
  EXPECT_FALSE(std::filesystem::exists(folder() / "receipt-0001.png.part"));

  (void)printer().receive(view(receiptBytes()));
  EXPECT_TRUE(std::filesystem::exists(folder() / "receipt-0002.png"));
  EXPECT_EQ(printer().printed(), 2U);
}

TEST_F(SimulatedPrinterTest, NothingIsPrintedWhilePaperIsOutButStatusIsAnswered) {
  (void)printer().setPaper(PaperState::Out);
  const escpos::Bytes reply = printer().receive(
      view(vectors::concat({fromHex("10 04 04"), receiptBytes(), fromHex("10 04 01"), vectors::fromHex("41 42 0A")})));
  EXPECT_EQ(reply, fromHex("7E 1A"));
  printer().connectionClosed();
  EXPECT_EQ(printer().printed(), 0U);
  EXPECT_EQ(filesInFolder(), 0U);
  // Paper back: the dropped job does not come back; the next one prints.
  (void)printer().setPaper(PaperState::Ok);
  (void)printer().receive(view(receiptBytes()));
  EXPECT_EQ(printer().printed(), 1U);
  EXPECT_FALSE(printer().takeLog().empty());
}

TEST_F(SimulatedPrinterTest, ClosingTheConnectionWritesPendingPaper) {
  (void)printer().receive(view(vectors::concat({fromHex("1B 40"), vectors::fromHex("6F 6E 65 0A 74 77 6F")})));
  EXPECT_EQ(printer().printed(), 0U);
  printer().connectionClosed();
  EXPECT_EQ(printer().printed(), 1U);
  EXPECT_EQ(readFile(folder() / "receipt-0001.txt"), "one\ntwo\n");
  EXPECT_EQ(nlohmann::json::parse(readFile(folder() / "receipt-0001.json"))["cut"], "none");
}

TEST_F(SimulatedPrinterTest, ClosingWithNothingPrintedWritesNothing) {
  (void)ask("10 04 01 1B 40 0A 0A");
  printer().connectionClosed();
  EXPECT_EQ(printer().printed(), 0U);
}

TEST_F(SimulatedPrinterTest, T6AsbAtOnceAndOnEveryChange) {
  EXPECT_EQ(ask(vectors::kT6EnableAll), fromHex("10 00 00 00"));
  EXPECT_EQ(printer().setCoverOpen(true), fromHex("38 00 00 00"));
  EXPECT_TRUE(printer().setCoverOpen(true).empty()) << "no change, no block";
  EXPECT_EQ(printer().setCoverOpen(false), fromHex("10 00 00 00"));
  EXPECT_EQ(printer().setPaper(PaperState::Out), fromHex("18 00 0F 00"));
  EXPECT_EQ(printer().setPaper(PaperState::NearEnd), fromHex("10 00 03 00"));
  EXPECT_TRUE(ask("1D 61 00").empty());
  EXPECT_TRUE(printer().setPaper(PaperState::Ok).empty()) << "ASB disabled";
}

TEST_F(SimulatedPrinterTest, PaperSensorAndIdentification) {
  (void)printer().setPaper(PaperState::NearEnd);
  EXPECT_EQ(ask("1D 72 01"), fromHex("03"));
  const escpos::Bytes model = ask("1D 49 43");
  ASSERT_GE(model.size(), 3U);
  EXPECT_EQ(model.front(), 0x5F);
  EXPECT_EQ(model.back(), 0x00);
  EXPECT_EQ(std::string(model.begin() + 1, model.end() - 1), "foyer-printer-sim");
}

TEST_F(SimulatedPrinterTest, ControlCommands) {
  EXPECT_EQ(nlohmann::json::parse(applyControlCommand("status", printer()).answer),
            nlohmann::json::parse(R"({"printed": 0, "paper": "ok", "cover": "closed"})"));
  EXPECT_EQ(applyControlCommand("paper-out\r", printer()).answer, "ok");
  EXPECT_EQ(applyControlCommand("cover-open", printer()).answer, "ok");
  EXPECT_EQ(nlohmann::json::parse(applyControlCommand(" status ", printer()).answer),
            nlohmann::json::parse(R"({"printed": 0, "paper": "out", "cover": "open"})"));
  EXPECT_EQ(applyControlCommand("paper-near-end", printer()).answer, "ok");
  EXPECT_EQ(printer().paper(), PaperState::NearEnd);
  EXPECT_EQ(applyControlCommand("cover-closed", printer()).answer, "ok");
  EXPECT_EQ(applyControlCommand("paper-ok", printer()).answer, "ok");
  EXPECT_TRUE(printer().status().ready());
  EXPECT_EQ(applyControlCommand("explode\x1B", printer()).answer.rfind("error: unknown command 'explode?'", 0), 0U);
}

TEST_F(SimulatedPrinterTest, ControlChangesReachTheHostAsAsb) {
  (void)ask("1D 61 0F");
  EXPECT_EQ(applyControlCommand("paper-out", printer()).toHost, fromHex("18 00 0F 00"));
}

TEST(ReceiptFiles, NumbersContinueAfterReceiptsAlreadyThere) {
  const auto folder = std::filesystem::temp_directory_path() / ("foyer-receipt-files-" + std::to_string(::getpid()));
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  std::ofstream(folder / "receipt-0007.png") << "x";
  auto files = ReceiptFiles::create(folder);
  ASSERT_TRUE(files);
  escpos::Receipt receipt;
  receipt.items.push_back(escpos::PrintedLine{escpos::Align::Left, {escpos::TextRun{"x", {}}}, 34});
  const auto written = files->write(receipt);
  ASSERT_TRUE(written) << written.error();
  EXPECT_EQ(written->filename(), "receipt-0008.png");
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace foyer::simulators::printer
