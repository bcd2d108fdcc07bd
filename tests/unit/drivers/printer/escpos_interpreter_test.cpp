// The interpreter reads back what the writer wrote (T1-T7): text, QR data, barcode, raster dots, cuts;
// and it survives split, truncated, oversized and unknown input without losing step.
#include "drivers/printer/protocol/escpos_interpreter.hpp"

#include <random>

#include <gtest/gtest.h>

#include "drivers/printer/protocol/escpos_writer.hpp"
#include "tests/unit/drivers/printer/escpos_vectors.hpp"

namespace foyer::printer::escpos {
namespace {

using vectors::concat;
using vectors::fromHex;
using vectors::view;

Bytes ascii(std::string_view text) { return Bytes(text.begin(), text.end()); }

// Feeds everything, ends the stream, and returns all the paper: cut receipts and what followed the last cut.
std::vector<PaperItem> printAll(EscPosInterpreter& interpreter, const Bytes& bytes) {
  interpreter.feed(view(bytes));
  std::vector<PaperItem> items;
  for (auto& receipt : interpreter.takeReceipts()) items.insert(items.end(), receipt.items.begin(), receipt.items.end());
  const Receipt rest = interpreter.endStream();
  items.insert(items.end(), rest.items.begin(), rest.items.end());
  return items;
}

std::vector<PaperItem> printAll(const Bytes& bytes, InterpreterConfig config = {}) {
  EscPosInterpreter interpreter(config);
  return printAll(interpreter, bytes);
}

template <typename T>
std::vector<T> itemsOf(const std::vector<PaperItem>& items) {
  std::vector<T> found;
  for (const auto& item : items) {
    if (const auto* typed = std::get_if<T>(&item)) found.push_back(*typed);
  }
  return found;
}

std::vector<std::string> textOf(const std::vector<PaperItem>& items) {
  std::vector<std::string> lines;
  for (const auto& line : itemsOf<PrintedLine>(items)) lines.push_back(line.text());
  return lines;
}

bool hasDiagnostic(const std::vector<Diagnostic>& diagnostics, DiagnosticKind kind) {
  return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& d) { return d.kind == kind; });
}

Bytes sampleReceipt() {
  EscPosWriter writer;
  writer.initialise();
  (void)writer.selectCodeTable(CodeTable::Pc858);
  writer.align(Align::Centre);
  writer.style(TextStyle{.bold = true, .widthScale = 2, .heightScale = 2});
  writer.line("Stadt X");
  writer.style(TextStyle{});
  writer.align(Align::Left);
  writer.line(vectors::kT1GebuehrText);
  writer.line(vectors::kT1StrasseText);
  auto bitmap = Bitmap::blank(16, 2);
  for (int x = 0; x < 16; ++x) bitmap.set(x, 0, true);
  (void)writer.raster(bitmap);
  writer.align(Align::Centre);
  (void)writer.qrCode(vectors::kT2Data, 6, QrErrorCorrection::M);
  writer.newline();
  (void)writer.barcode128(vectors::kT3Data, 80, HriPosition::Below);
  writer.feedLines(2);
  writer.cut();
  return writer.take();
}

TEST(EscPosInterpreter, T1TextComesBackAsUtf8) {
  const auto items = printAll(concat({fromHex(vectors::kT1SelectPc858), fromHex(vectors::kT1Gebuehr), {0x0A},
                                      fromHex(vectors::kT1Strasse), {0x0A}}));
  EXPECT_EQ(textOf(items), (std::vector<std::string>{std::string(vectors::kT1GebuehrText), std::string(vectors::kT1StrasseText)}));
}

TEST(EscPosInterpreter, TheSameBytesInWpc1252ReadDifferently) {
  const auto items = printAll(concat({fromHex("1B 74 10"), fromHex("80 C4 DF"), {0x0A}}));
  EXPECT_EQ(textOf(items), std::vector<std::string>{"€Äß"});
}

TEST(EscPosInterpreter, T2QrDataAndSettings) {
  const auto qrs = itemsOf<PrintedQr>(printAll(fromHex(vectors::kT2)));
  ASSERT_EQ(qrs.size(), 1U);
  EXPECT_EQ(qrs[0].data, vectors::kT2Data);
  EXPECT_EQ(qrs[0].moduleSize, 6);
  EXPECT_EQ(qrs[0].errorCorrection, 'M');
  EXPECT_EQ(qrs[0].model, 2);
}

TEST(EscPosInterpreter, T3Code128WithItsHumanReadableLine) {
  const auto barcodes = itemsOf<PrintedBarcode>(printAll(fromHex(vectors::kT3)));
  ASSERT_EQ(barcodes.size(), 1U);
  EXPECT_EQ(barcodes[0].system, BarcodeSystem::Code128);
  EXPECT_EQ(barcodes[0].data, "{BFOYER-0042");
  EXPECT_EQ(barcodes[0].text, vectors::kT3Data);
  EXPECT_EQ(barcodes[0].height, 80);
  EXPECT_EQ(barcodes[0].moduleWidth, 2);
  EXPECT_EQ(barcodes[0].hri, HriPosition::Below);
}

TEST(EscPosInterpreter, T4RasterDots) {
  const auto rasters = itemsOf<PrintedRaster>(printAll(fromHex(vectors::kT4)));
  ASSERT_EQ(rasters.size(), 1U);
  auto expected = Bitmap::blank(16, 2);
  for (int x = 0; x < 16; ++x) expected.set(x, 0, true);
  for (int x = 0; x < 8; ++x) expected.set(x, 1, true);
  EXPECT_EQ(rasters[0].bitmap, expected);
  EXPECT_EQ(rasters[0].scaleX, 1);
  EXPECT_EQ(rasters[0].scaleY, 1);
}

TEST(EscPosInterpreter, WriterRasterOfAnyWidthComesBackPaddedToEightDots) {
  std::mt19937 random(7);
  auto bitmap = Bitmap::blank(77, 300);
  for (auto& dot : bitmap.dots) dot = random() % 3 == 0 ? 1 : 0;
  EscPosWriter writer;
  ASSERT_TRUE(writer.raster(bitmap));
  const auto rasters = itemsOf<PrintedRaster>(printAll(writer.take()));
  ASSERT_EQ(rasters.size(), 2U) << "two bands: 256 + 44 rows";
  for (int y = 0; y < 300; ++y) {
    const auto& band = rasters[y < 256 ? 0 : 1].bitmap;
    EXPECT_EQ(band.width, 80);
    for (int x = 0; x < 80; ++x) ASSERT_EQ(band.at(x, y % 256), bitmap.at(x, y)) << x << "," << y;
  }
}

TEST(EscPosInterpreter, T7CutsEndAReceipt) {
  EscPosInterpreter interpreter;
  interpreter.feed(view(concat({ascii("one\n"), fromHex(vectors::kT7FeedPartialCut), ascii("two\n"),
                                fromHex(vectors::kT7FullCut)})));
  const auto receipts = interpreter.takeReceipts();
  ASSERT_EQ(receipts.size(), 2U);
  EXPECT_EQ(receipts[0].textLines(), std::vector<std::string>{"one"});
  EXPECT_EQ(std::get<Cut>(receipts[0].items.back()), (Cut{true, true}));
  EXPECT_EQ(receipts[1].textLines(), std::vector<std::string>{"two"});
  EXPECT_EQ(std::get<Cut>(receipts[1].items.back()), (Cut{false, false}));
  EXPECT_TRUE(interpreter.paper().empty());
}

TEST(EscPosInterpreter, T5RealTimeQueriesAreReportedForTheSimulatorToAnswer) {
  EscPosInterpreter interpreter;
  interpreter.feed(view(fromHex("10 04 01 10 04")));
  interpreter.feed(view(fromHex("04 10 04 02 10 05 02")));
  const auto requests = interpreter.takeRequests();
  ASSERT_EQ(requests.size(), 4U);
  EXPECT_EQ(requests[0], (HostRequest{RequestKind::RealTimeStatus, 1, 0}));
  EXPECT_EQ(requests[1].n, 4);
  EXPECT_EQ(requests[2].n, 2);
  EXPECT_EQ(requests[3].kind, RequestKind::RealTimeRecovery);
  EXPECT_TRUE(interpreter.takeDiagnostics().empty());
  EXPECT_TRUE(interpreter.endStream().items.empty());
}

TEST(EscPosInterpreter, RealTimeQueryInsideRasterDataIsSeenAsOnARealPrinter) {
  // Spec §3.1 caveat: the printer acts on 10 04 n even inside image data; the image is still printed.
  const Bytes raster = fromHex("1D 76 30 00 03 00 01 00 10 04 01");
  EscPosInterpreter interpreter;
  const auto items = printAll(interpreter, raster);
  EXPECT_EQ(itemsOf<PrintedRaster>(items).size(), 1U);
  const auto requests = interpreter.takeRequests();
  ASSERT_EQ(requests.size(), 1U);
  EXPECT_EQ(requests[0].n, 1);

  EscPosInterpreter strict(InterpreterConfig{.realTimeCommandsInData = false});
  printAll(strict, raster);
  EXPECT_TRUE(strict.takeRequests().empty());
  strict.feed(view(fromHex("10 04 03")));
  EXPECT_EQ(strict.takeRequests().size(), 1U);
}

TEST(EscPosInterpreter, T6AutoStatusBackEnableIsARequestAndAMode) {
  EscPosInterpreter interpreter;
  interpreter.feed(view(fromHex(vectors::kT6EnableAll)));
  EXPECT_EQ(interpreter.modes().autoStatusBackMask, 0x0F);
  const auto requests = interpreter.takeRequests();
  ASSERT_EQ(requests.size(), 1U);
  EXPECT_EQ(requests[0].kind, RequestKind::AutoStatusBack);
  EXPECT_EQ(requests[0].n, 0x0F);
}

TEST(EscPosInterpreter, IdentificationAndTransmitStatusAreRequests) {
  EscPosInterpreter interpreter;
  interpreter.feed(view(fromHex("1D 49 43 1D 72 01 1D 28 6B 03 00 31 52 30")));
  const auto requests = interpreter.takeRequests();
  ASSERT_EQ(requests.size(), 3U);
  EXPECT_EQ(requests[0].kind, RequestKind::Identification);
  EXPECT_EQ(requests[0].n, 0x43);
  EXPECT_EQ(requests[1].kind, RequestKind::TransmitStatus);
  EXPECT_EQ(requests[2].kind, RequestKind::SymbolSize);
}

TEST(EscPosInterpreter, WholeReceiptFromTheWriter) {
  EscPosInterpreter interpreter;
  interpreter.feed(view(sampleReceipt()));
  EXPECT_TRUE(interpreter.takeDiagnostics().empty());
  const auto receipts = interpreter.takeReceipts();
  ASSERT_EQ(receipts.size(), 1U);
  const auto& items = receipts[0].items;
  EXPECT_EQ(receipts[0].textLines(),
            (std::vector<std::string>{"Stadt X", std::string(vectors::kT1GebuehrText), std::string(vectors::kT1StrasseText)}));
  const auto lines = itemsOf<PrintedLine>(items);
  EXPECT_EQ(lines[0].align, Align::Centre);
  EXPECT_EQ(lines[0].runs[0].style, (TextStyle{.bold = true, .widthScale = 2, .heightScale = 2}));
  EXPECT_EQ(lines[0].heightDots, 48) << "a double-height line is taller than the line spacing";
  EXPECT_EQ(lines[1].align, Align::Left);
  EXPECT_EQ(lines[1].runs[0].style, TextStyle{});
  EXPECT_EQ(lines[1].heightDots, 34) << "1/6 inch at 203 dpi";
  ASSERT_EQ(itemsOf<PrintedQr>(items).size(), 1U);
  EXPECT_EQ(itemsOf<PrintedQr>(items)[0].align, Align::Centre);
  ASSERT_EQ(itemsOf<PrintedBarcode>(items).size(), 1U);
  EXPECT_EQ(itemsOf<PrintedBarcode>(items)[0].text, "FOYER-0042");
  EXPECT_EQ(itemsOf<PrintedRaster>(items).size(), 1U);
  EXPECT_TRUE(receipts[0].cut());
}

TEST(EscPosInterpreter, ASplitAnywhereGivesTheSamePaper) {
  const Bytes receipt = sampleReceipt();
  const auto whole = printAll(receipt);
  for (std::size_t split = 0; split <= receipt.size(); ++split) {
    EscPosInterpreter interpreter;
    interpreter.feed(ByteView(receipt).first(split));
    const auto items = printAll(interpreter, Bytes(receipt.begin() + static_cast<std::ptrdiff_t>(split), receipt.end()));
    ASSERT_EQ(items, whole) << "split at " << split;
  }
}

TEST(EscPosInterpreter, OneByteAtATimeGivesTheSamePaper) {
  const Bytes receipt = sampleReceipt();
  EscPosInterpreter interpreter;
  for (const std::uint8_t byte : receipt) interpreter.feed(ByteView(&byte, 1));
  EXPECT_EQ(printAll(interpreter, {}), printAll(receipt));
}

TEST(EscPosInterpreter, CharacterModesBecomeRunStyles) {
  const auto items = printAll(concat({ascii("a"), fromHex("1B 21 B9"), ascii("b"), fromHex("1B 21 00 1D 21 23"), ascii("c"),
                                      fromHex("1D 21 00 1D 42 01 1B 2D 02"), ascii("d"), fromHex("1B 40"), ascii("x\n")}));
  // ESC @ clears the buffered line: only "x" is printed.
  EXPECT_EQ(textOf(items), std::vector<std::string>{"x"});
  const auto styled = printAll(concat({ascii("a"), fromHex("1B 21 B9"), ascii("b"), fromHex("1B 21 00 1D 21 23"), ascii("c"),
                                       fromHex("1D 21 00 1D 42 01 1B 2D 02"), ascii("d\n")}));
  const auto line = itemsOf<PrintedLine>(styled).at(0);
  ASSERT_EQ(line.runs.size(), 4U);
  EXPECT_EQ(line.runs[0].style, TextStyle{});
  EXPECT_EQ(line.runs[1].style,
            (TextStyle{.bold = true, .underline = true, .widthScale = 2, .heightScale = 2, .fontB = true}));
  EXPECT_EQ(line.runs[2].style, (TextStyle{.widthScale = 3, .heightScale = 4}));
  EXPECT_EQ(line.runs[3].style, (TextStyle{.underline = true, .reverse = true}));
  EXPECT_EQ(line.heightDots, 96);
}

TEST(EscPosInterpreter, JustificationCountsOnlyAtTheStartOfALine) {
  EscPosInterpreter interpreter;
  const auto items = printAll(interpreter, concat({fromHex("1B 61 02"), ascii("right"), fromHex("1B 61 01"), ascii("!\n"),
                                                   ascii("next\n")}));
  const auto lines = itemsOf<PrintedLine>(items);
  ASSERT_EQ(lines.size(), 2U);
  EXPECT_EQ(lines[0].align, Align::Right);
  EXPECT_EQ(lines[0].text(), "right!");
  EXPECT_EQ(lines[1].align, Align::Right) << "ESC a mid-line is ignored, not deferred";
  EXPECT_TRUE(hasDiagnostic(interpreter.takeDiagnostics(), DiagnosticKind::Ignored));
}

TEST(EscPosInterpreter, FeedsAndLineSpacing) {
  const auto items = printAll(concat({fromHex("0A"), fromHex("1B 33 40 0A"), fromHex("1B 64 02"), fromHex("1B 4A 07"),
                                      ascii("t"), fromHex("1B 4A 50"), fromHex("1B 32 0A")}));
  ASSERT_EQ(items.size(), 3U);
  EXPECT_EQ(std::get<Feed>(items[0]).dots, 34 + 64 + 128 + 7) << "consecutive feeds are one movement";
  EXPECT_EQ(std::get<PrintedLine>(items[1]).heightDots, 80);
  EXPECT_EQ(std::get<Feed>(items[2]).dots, 34);
}

TEST(EscPosInterpreter, LongTextWrapsAtThePrintableWidth) {
  const auto lines = textOf(printAll(ascii(std::string(100, 'x') + "\n")));
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_EQ(lines[0].size(), 48U) << "Font A: 576 / 12";
  EXPECT_EQ(lines[2].size(), 4U);
  const auto narrow = textOf(printAll(concat({fromHex("1B 4D 01"), ascii(std::string(50, 'x') + "\n")}),
                                      InterpreterConfig{.printableWidthDots = 384}));
  EXPECT_EQ(narrow[0].size(), 42U) << "Font B on 58 mm: 384 / 9";
}

TEST(EscPosInterpreter, TabsGoToEveryEighthColumn) {
  EXPECT_EQ(textOf(printAll(ascii("ab\tc\t\td\n"))), std::vector<std::string>{"ab      c               d"});
}

TEST(EscPosInterpreter, InitialiseRestoresThePowerOnCodeTable) {
  const auto items = printAll(concat({fromHex("1B 74 13 D5 0A 1B 40 D5 0A")}), InterpreterConfig{});
  EXPECT_EQ(textOf(items), (std::vector<std::string>{"€", "╒"}));
  const auto star = printAll(concat({fromHex("1B 74 04 D5 0A")}), InterpreterConfig{.numbering = CodeTableNumbering::Star});
  EXPECT_EQ(textOf(star), std::vector<std::string>{"€"});
}

TEST(EscPosInterpreter, GermanInternationalSet) {
  EXPECT_EQ(textOf(printAll(concat({fromHex("1B 52 02"), ascii("Stra~e [x]\n")}))), std::vector<std::string>{"Straße ÄxÜ"});
}

TEST(EscPosInterpreter, BarcodeFunctionAAndSettings) {
  const auto barcodes = itemsOf<PrintedBarcode>(
      printAll(concat({fromHex("1D 48 03 1D 66 01 1D 68 40 1D 77 03"), fromHex("1D 6B 02"), ascii("4006381333931"), {0x00}})));
  ASSERT_EQ(barcodes.size(), 1U);
  EXPECT_EQ(barcodes[0].system, BarcodeSystem::Ean13);
  EXPECT_EQ(barcodes[0].data, "4006381333931");
  EXPECT_EQ(barcodes[0].hri, HriPosition::Both);
  EXPECT_TRUE(barcodes[0].hriFontB);
  EXPECT_EQ(barcodes[0].height, 64);
  EXPECT_EQ(barcodes[0].moduleWidth, 3);
}

TEST(EscPosInterpreter, BarcodeSystemsBeyondTheTableAreSkippedWhole) {
  EscPosInterpreter interpreter;
  const auto items = printAll(interpreter, concat({fromHex("1D 6B 4F 03"), ascii("abc"), ascii("after\n")}));
  EXPECT_TRUE(itemsOf<PrintedBarcode>(items).empty());
  EXPECT_EQ(textOf(items), std::vector<std::string>{"after"});
  EXPECT_TRUE(hasDiagnostic(interpreter.takeDiagnostics(), DiagnosticKind::Ignored));
}

TEST(EscPosInterpreter, BadCode128IsNotPrintedButTheStreamGoesOn) {
  EscPosInterpreter interpreter;
  const auto items = printAll(interpreter, concat({fromHex("1D 6B 49 03"), ascii("abc"), ascii("after\n")}));
  EXPECT_TRUE(itemsOf<PrintedBarcode>(items).empty());
  EXPECT_EQ(textOf(items), std::vector<std::string>{"after"});
  EXPECT_TRUE(hasDiagnostic(interpreter.takeDiagnostics(), DiagnosticKind::Malformed));
}

TEST(EscPosInterpreter, EveryCutVariant) {
  EscPosInterpreter interpreter;
  interpreter.feed(view(fromHex("1D 56 00 1D 56 30 1D 56 01 1D 56 31 1D 56 41 05 1D 56 42 00 1D 56 61 03 1D 56 68 00 1B 69 1B 6D")));
  const auto receipts = interpreter.takeReceipts();
  ASSERT_EQ(receipts.size(), 10U);
  const std::vector<Cut> expected = {{false, false}, {false, false}, {true, false}, {true, false}, {false, true},
                                     {true, true},   {false, true},  {true, true},  {false, false}, {true, false}};
  for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(std::get<Cut>(receipts[i].items.back()), expected[i]) << i;
  EXPECT_TRUE(interpreter.takeDiagnostics().empty());
}

TEST(EscPosInterpreter, UnknownCommandsAreSkippedWithADiagnostic) {
  EscPosInterpreter interpreter;
  const auto items = printAll(interpreter, concat({fromHex("1B 7A"), ascii("a"), fromHex("1D 7A 01"), ascii("b"),
                                                   fromHex("00 07"), ascii("c\n")}));
  // 1D 7A is unknown: prefix and code are skipped, its parameter 01 is a control byte (skipped too).
  EXPECT_EQ(textOf(items), std::vector<std::string>{"abc"});
  const auto diagnostics = interpreter.takeDiagnostics();
  EXPECT_EQ(std::count_if(diagnostics.begin(), diagnostics.end(),
                          [](const Diagnostic& d) { return d.kind == DiagnosticKind::Unknown; }),
            5);
}

TEST(EscPosInterpreter, KnownButUnmodelledCommandsKeepTheStreamInStep) {
  EscPosInterpreter interpreter;
  // ESC * (8-dot column image, 3 columns), GS ( L graphics, GS 8 L, ESC p drawer kick, FS p NV image,
  // ESC D tab positions: none of their bytes may print as text.
  const auto items = printAll(
      interpreter,
      concat({fromHex("1B 2A 00 03 00 41 42 43"), fromHex("1D 28 4C 04 00 30 45 41 42"),
              fromHex("1D 38 4C 02 00 00 00 41 42"), fromHex("1B 70 00 19 FA"), fromHex("1C 70 01 00"),
              fromHex("1B 44 08 10 00"), fromHex("1B 26 03 41 41 02 01 02 03 04 05 06"), ascii("ok\n")}));
  EXPECT_EQ(textOf(items), std::vector<std::string>{"ok"});
  EXPECT_TRUE(hasDiagnostic(interpreter.takeDiagnostics(), DiagnosticKind::Ignored));
}

TEST(EscPosInterpreter, OversizedQrDataIsSkippedWithoutBuffering) {
  EscPosInterpreter interpreter;
  const std::size_t length = 8000 + 3;
  Bytes stream = {0x1D, 0x28, 0x6B, static_cast<std::uint8_t>(length & 0xFF), static_cast<std::uint8_t>(length >> 8),
                  0x31, 0x50, 0x30};
  stream.insert(stream.end(), 8000, 'A');
  stream.insert(stream.end(), {0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x51, 0x30});
  const Bytes after = ascii("after\n");
  stream.insert(stream.end(), after.begin(), after.end());
  for (std::size_t at = 0; at < stream.size(); at += 1000) {
    interpreter.feed(ByteView(stream).subspan(at, std::min<std::size_t>(1000, stream.size() - at)));
  }
  const auto items = printAll(interpreter, {});
  EXPECT_TRUE(itemsOf<PrintedQr>(items).empty());
  EXPECT_EQ(textOf(items), std::vector<std::string>{"after"});
  const auto diagnostics = interpreter.takeDiagnostics();
  EXPECT_TRUE(hasDiagnostic(diagnostics, DiagnosticKind::Limit));
  EXPECT_TRUE(hasDiagnostic(diagnostics, DiagnosticKind::Malformed)) << "181 with nothing stored";
}

TEST(EscPosInterpreter, OversizedRasterIsSkipped) {
  EscPosInterpreter interpreter;
  // 200 bytes × 6000 rows: over the 4095-row bound.
  Bytes stream = fromHex("1D 76 30 00 C8 00 70 17");
  interpreter.feed(view(stream));
  const Bytes band(200 * 100, 0xFF);
  for (int i = 0; i < 60; ++i) interpreter.feed(view(band));
  const auto items = printAll(interpreter, ascii("after\n"));
  EXPECT_TRUE(itemsOf<PrintedRaster>(items).empty());
  EXPECT_EQ(textOf(items), std::vector<std::string>{"after"});
  EXPECT_TRUE(hasDiagnostic(interpreter.takeDiagnostics(), DiagnosticKind::Limit));
}

TEST(EscPosInterpreter, ATruncatedCommandIsDroppedAtTheEndOfTheStream) {
  EscPosInterpreter interpreter;
  interpreter.feed(view(concat({ascii("line\n"), fromHex("1D 76 30 00 02 00 05 00 FF")})));
  const Receipt rest = interpreter.endStream();
  EXPECT_EQ(rest.textLines(), std::vector<std::string>{"line"});
  EXPECT_FALSE(rest.cut());
  EXPECT_TRUE(hasDiagnostic(interpreter.takeDiagnostics(), DiagnosticKind::Malformed));
  // The next stream starts clean.
  EXPECT_EQ(textOf(printAll(interpreter, ascii("new\n"))), std::vector<std::string>{"new"});
}

TEST(EscPosInterpreter, TextWithoutALineFeedIsPrintedAtTheEnd) {
  EscPosInterpreter interpreter;
  interpreter.feed(view(ascii("pending")));
  EXPECT_TRUE(interpreter.paper().empty());
  EXPECT_EQ(interpreter.endStream().textLines(), std::vector<std::string>{"pending"});
}

TEST(EscPosInterpreter, DiscardedPaperNeverComesOut) {
  EscPosInterpreter interpreter;
  interpreter.feed(view(ascii("lost\npartial")));
  interpreter.discardPaper();
  interpreter.feed(view(concat({ascii("kept\n"), fromHex(vectors::kT7FeedPartialCut)})));
  const auto receipts = interpreter.takeReceipts();
  ASSERT_EQ(receipts.size(), 1U);
  EXPECT_EQ(receipts[0].textLines(), std::vector<std::string>{"kept"});
}

TEST(EscPosInterpreter, PaperWithoutACutIsBrokenIntoPagesAtTheLimit) {
  EscPosInterpreter interpreter(InterpreterConfig{.maxPaperDots = 340});
  Bytes stream;
  for (int i = 0; i < 25; ++i) {
    const Bytes line = ascii("line\n");
    stream.insert(stream.end(), line.begin(), line.end());
  }
  interpreter.feed(view(stream));
  EXPECT_EQ(interpreter.takeReceipts().size(), 2U);
  EXPECT_TRUE(hasDiagnostic(interpreter.takeDiagnostics(), DiagnosticKind::Limit));
}

TEST(EscPosInterpreter, DiagnosticsAreBounded) {
  EscPosInterpreter interpreter;
  const Bytes junk(5000, 0x01);
  interpreter.feed(view(junk));
  EXPECT_EQ(interpreter.takeDiagnostics().size(), 1024U);
  EXPECT_EQ(interpreter.droppedDiagnostics(), 5000U - 1024U);
}

TEST(EscPosInterpreter, RandomBytesNeverBreakIt) {
  std::mt19937 random(42);
  for (int round = 0; round < 200; ++round) {
    Bytes junk(static_cast<std::size_t>(random() % 4096));
    // Mostly command prefixes, so that many commands start and few finish.
    for (auto& byte : junk) {
      const unsigned pick = random() % 8;
      byte = pick == 0 ? 0x1B : pick == 1 ? 0x1D : pick == 2 ? 0x10 : static_cast<std::uint8_t>(random());
    }
    EscPosInterpreter interpreter;
    const std::size_t split = junk.empty() ? 0 : random() % junk.size();
    interpreter.feed(ByteView(junk).first(split));
    interpreter.feed(ByteView(junk).subspan(split));
    (void)interpreter.takeReceipts();
    (void)interpreter.endStream();
    (void)interpreter.takeDiagnostics();
  }
}

}  // namespace
}  // namespace foyer::printer::escpos
