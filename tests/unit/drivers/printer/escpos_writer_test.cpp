// The writer's bytes against the spec's vectors (T1-T4, T7) and the rules around them: only changed
// modes are sent, raster bands and padding, the refusals.
#include "drivers/printer/protocol/escpos_writer.hpp"

#include <gtest/gtest.h>

#include "tests/unit/drivers/printer/escpos_vectors.hpp"

namespace foyer::printer::escpos {
namespace {

using vectors::concat;
using vectors::fromHex;

TEST(EscPosWriter, T1SelectsPc858AndEncodesText) {
  EscPosWriter writer;
  ASSERT_TRUE(writer.selectCodeTable(CodeTable::Pc858));
  EXPECT_EQ(writer.text(vectors::kT1GebuehrText), 0U);
  EXPECT_EQ(writer.bytes(), concat({fromHex(vectors::kT1SelectPc858), fromHex(vectors::kT1Gebuehr)}));

  EscPosWriter second;
  ASSERT_TRUE(second.selectCodeTable(CodeTable::Pc858, CodeTableNumbering::Epson));
  second.line(vectors::kT1StrasseText);
  EXPECT_EQ(second.bytes(), concat({fromHex(vectors::kT1SelectPc858), fromHex(vectors::kT1Strasse), {0x0A}}));
}

TEST(EscPosWriter, StarPrintersNumberTheirTablesDifferently) {
  EscPosWriter writer(WriterConfig{576, CodeTableNumbering::Star});
  ASSERT_TRUE(writer.selectCodeTable(CodeTable::Pc858));
  ASSERT_TRUE(writer.selectCodeTable(CodeTable::Wpc1252));
  EXPECT_EQ(writer.bytes(), fromHex("1B 74 04 1B 74 20"));
  EXPECT_FALSE(writer.selectCodeTable(CodeTable::Pc866));
  EXPECT_EQ(writer.codeTable(), CodeTable::Wpc1252) << "a refused table is not selected";
}

TEST(EscPosWriter, TextReportsWhatItCouldNotEncode) {
  EscPosWriter writer;
  ASSERT_TRUE(writer.selectCodeTable(CodeTable::Pc858));
  EXPECT_EQ(writer.text("Иван – ok"), 4U);
  EXPECT_EQ(writer.unencodable(), 4U);
  EXPECT_EQ(writer.transliterated(), 1U);
}

TEST(EscPosWriter, NewlinesInTextBecomeLineFeeds) {
  EscPosWriter writer;
  writer.text("a\nb\n");
  EXPECT_EQ(writer.bytes(), Bytes({'a', 0x0A, 'b', 0x0A}));
}

TEST(EscPosWriter, T2QrCodeIsTheFiveFunctions) {
  EscPosWriter writer;
  ASSERT_TRUE(writer.qrCode(vectors::kT2Data, 6, QrErrorCorrection::M));
  EXPECT_EQ(writer.bytes(), fromHex(vectors::kT2));
}

TEST(EscPosWriter, QrCodeRefusesWhatAPrinterCannotStore) {
  EscPosWriter writer;
  EXPECT_FALSE(writer.qrCode("", 6, QrErrorCorrection::M));
  EXPECT_FALSE(writer.qrCode(std::string(7090, '1'), 6, QrErrorCorrection::L));
  EXPECT_FALSE(writer.qrCode("x", 0, QrErrorCorrection::L));
  EXPECT_FALSE(writer.qrCode("x", 17, QrErrorCorrection::L));
  EXPECT_TRUE(writer.bytes().empty());
  ASSERT_TRUE(writer.qrCode(std::string(7089, '1'), 1, QrErrorCorrection::L));
  // pL pH = 7089 + 3 = 7092 = 0x1BB4
  EXPECT_EQ(Bytes(writer.bytes().begin() + 25, writer.bytes().begin() + 33), fromHex("1D 28 6B B4 1B 31 50 30"));
}

TEST(EscPosWriter, T3Code128SetBWithHriBelow) {
  EscPosWriter writer;
  ASSERT_TRUE(writer.barcode128(vectors::kT3Data, 80, HriPosition::Below));
  EXPECT_EQ(writer.bytes(), fromHex(vectors::kT3));
}

TEST(EscPosWriter, Code128EscapesTheBraceAndRefusesNonAscii) {
  EscPosWriter writer;
  ASSERT_TRUE(writer.barcode128("a{b", 50, HriPosition::None));
  EXPECT_EQ(Bytes(writer.bytes().end() - 7, writer.bytes().end()), fromHex("06 7B 42 61 7B 7B 62"));
  EXPECT_FALSE(writer.barcode128("Müller", 50, HriPosition::None));
  EXPECT_FALSE(writer.barcode128("", 50, HriPosition::None));
  EXPECT_FALSE(writer.barcode128("x", 0, HriPosition::None));
  EXPECT_FALSE(writer.barcode128("x", 50, HriPosition::None, 7));
  EXPECT_FALSE(writer.barcode128(std::string(254, 'x'), 50, HriPosition::None)) << "{B + 254 > 255";
}

TEST(EscPosWriter, T4RasterPacksEightDotsABitSevenLeftmost) {
  auto bitmap = Bitmap::blank(16, 2);
  for (int x = 0; x < 16; ++x) bitmap.set(x, 0, true);
  for (int x = 0; x < 8; ++x) bitmap.set(x, 1, true);
  EscPosWriter writer;
  ASSERT_TRUE(writer.raster(bitmap));
  EXPECT_EQ(writer.bytes(), fromHex(vectors::kT4));
}

TEST(EscPosWriter, RasterPadsTheWidthWithWhite) {
  auto bitmap = Bitmap::blank(10, 1);
  for (int x = 0; x < 10; ++x) bitmap.set(x, 0, true);
  EscPosWriter writer;
  ASSERT_TRUE(writer.raster(bitmap));
  EXPECT_EQ(writer.bytes(), fromHex("1D 76 30 00 02 00 01 00 FF C0"));
}

TEST(EscPosWriter, TallRasterGoesInBandsOf256Rows) {
  auto bitmap = Bitmap::blank(8, 600);
  bitmap.set(0, 599, true);
  EscPosWriter writer;
  ASSERT_TRUE(writer.raster(bitmap));
  const Bytes& bytes = writer.bytes();
  ASSERT_EQ(bytes.size(), 3 * 8 + 600U);
  EXPECT_EQ(Bytes(bytes.begin(), bytes.begin() + 8), fromHex("1D 76 30 00 01 00 00 01"));
  EXPECT_EQ(Bytes(bytes.begin() + 264, bytes.begin() + 272), fromHex("1D 76 30 00 01 00 00 01"));
  EXPECT_EQ(Bytes(bytes.begin() + 528, bytes.begin() + 536), fromHex("1D 76 30 00 01 00 58 00"));  // 88 rows
  EXPECT_EQ(bytes.back(), 0x80);
}

TEST(EscPosWriter, RasterWiderThanThePrintableWidthIsRefused) {
  EscPosWriter narrow(WriterConfig{384, CodeTableNumbering::Epson});
  EXPECT_FALSE(narrow.raster(Bitmap::blank(385, 4)));
  EXPECT_TRUE(narrow.raster(Bitmap::blank(384, 4)));
  EXPECT_FALSE(narrow.raster(Bitmap::blank(200, 4), RasterScale::DoubleWidth));
  EXPECT_FALSE(narrow.raster(Bitmap{}));
}

TEST(EscPosWriter, T7Cuts) {
  EscPosWriter writer;
  writer.cut();
  EXPECT_EQ(writer.take(), fromHex(vectors::kT7FeedPartialCut));
  writer.cut(CutMode::Full);
  EXPECT_EQ(writer.take(), fromHex(vectors::kT7FullCut));
  writer.cut(CutMode::Partial);
  writer.cut(CutMode::FeedFull);
  EXPECT_EQ(writer.take(), fromHex("1D 56 01 1D 56 41 00"));
}

TEST(EscPosWriter, StyleSendsOnlyWhatChanges) {
  EscPosWriter writer;
  writer.initialise();
  writer.style(TextStyle{});
  EXPECT_EQ(writer.take(), fromHex("1B 40")) << "after ESC @ the defaults are known";
  writer.style(TextStyle{.bold = true, .widthScale = 2, .heightScale = 2});
  EXPECT_EQ(writer.take(), fromHex("1B 45 01 1D 21 11"));
  writer.style(TextStyle{.bold = true, .underline = true, .widthScale = 2, .heightScale = 1});
  EXPECT_EQ(writer.take(), fromHex("1B 2D 01 1D 21 10"));
  writer.style(TextStyle{.fontB = true, .reverse = true});
  EXPECT_EQ(writer.take(), fromHex("1B 45 00 1B 2D 00 1D 21 00 1B 4D 01 1D 42 01"));
}

TEST(EscPosWriter, BeforeInitialiseTheFirstStyleSendsEverything) {
  EscPosWriter writer;
  writer.style(TextStyle{});
  EXPECT_EQ(writer.take(), fromHex("1B 45 00 1B 2D 00 1D 21 00 1B 4D 00 1D 42 00"));
  writer.align(Align::Left);
  EXPECT_EQ(writer.take(), fromHex("1B 61 00"));
  writer.align(Align::Left);
  writer.align(Align::Centre);
  writer.align(Align::Right);
  EXPECT_EQ(writer.take(), fromHex("1B 61 01 1B 61 02"));
}

TEST(EscPosWriter, SpecReceiptRecipe) {
  // §5: init, PC858, centred double-size header, body, centred QR, feed and partial cut.
  EscPosWriter writer;
  writer.initialise();
  ASSERT_TRUE(writer.selectCodeTable(CodeTable::Pc858));
  writer.align(Align::Centre);
  writer.style(TextStyle{.widthScale = 2, .heightScale = 2});
  writer.line("Stadt X");
  writer.style(TextStyle{});
  writer.align(Align::Left);
  writer.line("Gebühr: 12,50 €");
  writer.align(Align::Centre);
  ASSERT_TRUE(writer.qrCode(vectors::kT2Data, 6, QrErrorCorrection::M));
  writer.newline();
  writer.cut();
  EXPECT_EQ(writer.bytes(),
            concat({fromHex("1B 40 1B 74 13 1B 61 01 1D 21 11"), Bytes({'S', 't', 'a', 'd', 't', ' ', 'X', 0x0A}),
                    fromHex("1D 21 00 1B 61 00"), fromHex(vectors::kT1Gebuehr), {0x0A}, fromHex("1B 61 01"),
                    fromHex(vectors::kT2), {0x0A}, fromHex(vectors::kT7FeedPartialCut)}));
}

TEST(EscPosWriter, FeedsSpacingAndStatus) {
  EscPosWriter writer;
  writer.feedLines(3);
  writer.feedDots(300);
  writer.lineSpacing(40);
  writer.defaultLineSpacing();
  writer.realTimeStatusQuery(4);
  writer.autoStatusBack(0x0F);
  EXPECT_EQ(writer.bytes(), fromHex("1B 64 03 1B 4A FF 1B 33 28 1B 32 10 04 04 1D 61 0F"));
}

}  // namespace
}  // namespace foyer::printer::escpos
