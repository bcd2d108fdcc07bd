// A receipt through writer, interpreter and renderer: a PNG a person can look at
// (build/test-artifacts/printer/receipt.png), whose QR code and barcode zbar reads back, with ink where
// the lines are and white where the paper was only fed.
#include "drivers/printer/render/paper_renderer.hpp"

#include <fstream>

#include <gtest/gtest.h>

#include "drivers/printer/protocol/escpos_interpreter.hpp"
#include "drivers/printer/protocol/escpos_writer.hpp"
#include "tests/unit/drivers/printer/escpos_vectors.hpp"
#include "tests/unit/drivers/printer/printer_test_support.hpp"

namespace foyer::printer::render {
namespace {

using namespace escpos;

Bitmap frameBitmap(int width, int height) {
  auto bitmap = Bitmap::blank(width, height);
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      const bool border = x < 4 || y < 4 || x >= width - 4 || y >= height - 4;
      bitmap.set(x, y, border || (x / 8 + y / 8) % 2 == 0);
    }
  }
  return bitmap;
}

Receipt printedReceipt() {
  EscPosWriter writer;
  writer.initialise();
  (void)writer.selectCodeTable(CodeTable::Pc858);
  writer.align(Align::Centre);
  writer.style(TextStyle{.bold = true, .widthScale = 2, .heightScale = 2});
  writer.line("Stadt X");
  writer.style(TextStyle{});
  writer.align(Align::Left);
  writer.line(vectors::kT1GebuehrText);
  writer.line("Straße Ä Ö Ü");
  writer.feedLines(2);
  writer.style(TextStyle{.bold = true});
  writer.line("Bold line");
  writer.style(TextStyle{.heightScale = 2});
  writer.line("Double height");
  writer.style(TextStyle{.widthScale = 2});
  writer.line("Double width");
  writer.style(TextStyle{.underline = true, .reverse = true});
  writer.line("Reverse underlined");
  writer.style(TextStyle{});
  writer.align(Align::Centre);
  EXPECT_TRUE(writer.raster(frameBitmap(96, 48)));
  EXPECT_TRUE(writer.qrCode(vectors::kT2Data, 6, QrErrorCorrection::M));
  writer.newline();
  EXPECT_TRUE(writer.barcode128(vectors::kT3Data, 80, HriPosition::Below));
  writer.feedLines(2);
  writer.cut();
  EscPosInterpreter interpreter;
  interpreter.feed(vectors::view(writer.bytes()));
  EXPECT_TRUE(interpreter.takeDiagnostics().empty());
  auto receipts = interpreter.takeReceipts();
  EXPECT_EQ(receipts.size(), 1U);
  return receipts.empty() ? Receipt{} : receipts.front();
}

int inkIn(const PaperImage& image, int top, int height, int left, int width) {
  int ink = 0;
  for (int y = top; y < top + height; ++y) {
    for (int x = left; x < left + width; ++x) ink += image.at(x, y) < 128 ? 1 : 0;
  }
  return ink;
}

// The ink's leftmost and rightmost columns within rows [top, top + height).
std::pair<int, int> inkExtent(const PaperImage& image, int top, int height) {
  int first = image.width;
  int last = -1;
  for (int y = top; y < top + height; ++y) {
    for (int x = 0; x < image.width; ++x) {
      if (image.at(x, y) < 128) {
        first = std::min(first, x);
        last = std::max(last, x);
      }
    }
  }
  return {first, last};
}

PaperImage renderOne(PaperRenderer& renderer, const PaperItem& item) {
  return renderer.render(std::vector<PaperItem>{item});
}

class PaperRendererTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto created = PaperRenderer::create();
    ASSERT_TRUE(created) << created.error();
    m_renderer.emplace(std::move(*created));
  }
  PaperRenderer& renderer() { return *m_renderer; }

 private:
  std::optional<PaperRenderer> m_renderer;
};

TEST_F(PaperRendererTest, ReceiptPngIsWrittenAndPlausible) {
  const Receipt receipt = printedReceipt();
  const PaperImage image = renderer().render(receipt.items);
  EXPECT_EQ(image.width, 640);
  EXPECT_GT(image.height, 600);
  EXPECT_LT(image.height, 2000);
  const auto file = test_support::artifactsDir() / "receipt.png";
  std::filesystem::remove(file);
  ASSERT_TRUE(writePng(image, file));
  ASSERT_TRUE(std::filesystem::exists(file));
  EXPECT_GT(std::filesystem::file_size(file), 2000U);
  std::ifstream in(file, std::ios::binary);
  char signature[8] = {};
  in.read(signature, 8);
  EXPECT_EQ(std::string(signature + 1, 3), "PNG");
}

TEST_F(PaperRendererTest, QrCodeAndBarcodeReadBackWithZbar) {
  const PaperImage image = renderer().render(printedReceipt().items);
  const auto symbols = test_support::scanSymbols(image.grey, image.width, image.height);
  bool qr = false;
  bool code128 = false;
  for (const auto& symbol : symbols) {
    if (symbol.type == "QR-Code") qr = symbol.data == vectors::kT2Data;
    if (symbol.type == "CODE-128") code128 = symbol.data == vectors::kT3Data;
  }
  EXPECT_TRUE(qr) << "QR code not read back";
  EXPECT_TRUE(code128) << "CODE128 not read back";
}

TEST_F(PaperRendererTest, InkWhereLinesAreAndWhiteWhereThePaperWasFed) {
  const Receipt receipt = printedReceipt();
  const PaperImage image = renderer().render(receipt.items);
  ASSERT_EQ(image.placements.size(), receipt.items.size());
  int lines = 0;
  for (std::size_t i = 0; i < receipt.items.size(); ++i) {
    const auto& placement = image.placements[i];
    const int ink = inkIn(image, placement.top, placement.height, 0, image.width);
    if (std::holds_alternative<PrintedLine>(receipt.items[i])) {
      ++lines;
      EXPECT_GT(ink, 60) << "line " << std::get<PrintedLine>(receipt.items[i]).text();
    } else if (std::holds_alternative<Feed>(receipt.items[i])) {
      EXPECT_EQ(ink, 0) << "feed at item " << i;
    } else if (!std::holds_alternative<Cut>(receipt.items[i])) {
      EXPECT_GT(ink, 500) << "picture or symbol at item " << i;
    }
  }
  EXPECT_EQ(lines, 7);
  // Nothing in the margins but the cut line, which crosses the whole roll.
  const auto& cut = image.placements.back();
  ASSERT_TRUE(std::holds_alternative<Cut>(receipt.items.back()));
  EXPECT_EQ(inkIn(image, 0, cut.top, 0, image.printableLeft), 0);
  EXPECT_EQ(inkIn(image, 0, cut.top, image.printableLeft + 576, image.width - image.printableLeft - 576), 0);
}

TEST_F(PaperRendererTest, AlignmentPlacesTheLine) {
  const auto line = [](Align align) { return PrintedLine{align, {TextRun{"abc", TextStyle{}}}, 34}; };
  const auto left = renderOne(renderer(), line(Align::Left));
  const auto centre = renderOne(renderer(), line(Align::Centre));
  const auto right = renderOne(renderer(), line(Align::Right));
  const auto [leftStart, leftEnd] = inkExtent(left, left.placements[0].top, 34);
  const auto [centreStart, centreEnd] = inkExtent(centre, centre.placements[0].top, 34);
  const auto [rightStart, rightEnd] = inkExtent(right, right.placements[0].top, 34);
  EXPECT_LT(leftStart, left.printableLeft + 12);
  EXPECT_NEAR((centreStart + centreEnd) / 2, 320, 12);
  EXPECT_GT(rightEnd, 32 + 576 - 12);
  EXPECT_LE(rightEnd, 32 + 576);
}

TEST_F(PaperRendererTest, DoubleWidthIsTwiceAsWideAndUmlautsHaveTheirDots) {
  const auto normal = renderOne(renderer(), PrintedLine{Align::Left, {TextRun{"MMMM", TextStyle{}}}, 34});
  const auto wide = renderOne(renderer(), PrintedLine{Align::Left, {TextRun{"MMMM", TextStyle{.widthScale = 2}}}, 34});
  const auto [n0, n1] = inkExtent(normal, normal.placements[0].top, 34);
  const auto [w0, w1] = inkExtent(wide, wide.placements[0].top, 34);
  EXPECT_NEAR(w1 - w0, 2 * (n1 - n0), 4);

  const auto plain = renderOne(renderer(), PrintedLine{Align::Left, {TextRun{"A", TextStyle{}}}, 34});
  const auto umlaut = renderOne(renderer(), PrintedLine{Align::Left, {TextRun{"Ä", TextStyle{}}}, 34});
  EXPECT_GT(inkIn(umlaut, 0, umlaut.height, 0, umlaut.width), inkIn(plain, 0, plain.height, 0, plain.width));
  const auto euro = renderOne(renderer(), PrintedLine{Align::Left, {TextRun{"€", TextStyle{}}}, 34});
  const auto missing = renderOne(renderer(), PrintedLine{Align::Left, {TextRun{"\uE000", TextStyle{}}}, 34});
  EXPECT_NE(euro.grey, missing.grey) << "the Euro sign is drawn, not the missing-glyph box";
}

TEST_F(PaperRendererTest, ReverseIsMostlyBlack) {
  const auto reverse = renderOne(renderer(), PrintedLine{Align::Left, {TextRun{"ab", TextStyle{.reverse = true}}}, 24});
  const int top = reverse.placements[0].top;
  EXPECT_GT(inkIn(reverse, top, 24, reverse.printableLeft, 24), 24 * 24 / 2);
}

TEST_F(PaperRendererTest, RasterDotsAreCopiedOneToOneOrScaled) {
  auto bitmap = Bitmap::blank(16, 2);
  for (int x = 0; x < 16; ++x) bitmap.set(x, 0, true);
  const auto image = renderOne(renderer(), PrintedRaster{Align::Left, bitmap, 1, 1});
  const int top = image.placements[0].top;
  EXPECT_EQ(image.placements[0].height, 2);
  EXPECT_EQ(inkIn(image, top, 1, 0, image.width), 16);
  EXPECT_EQ(inkIn(image, top + 1, 1, 0, image.width), 0);
  const auto quadruple = renderOne(renderer(), PrintedRaster{Align::Left, bitmap, 2, 2});
  EXPECT_EQ(quadruple.placements[0].height, 4);
  EXPECT_EQ(inkIn(quadruple, 0, quadruple.height, 0, quadruple.width), 64);
}

TEST_F(PaperRendererTest, CutIsADashedLineAcrossThePaper) {
  const auto image = renderOne(renderer(), Cut{true, true});
  const int middle = image.placements[0].top + image.placements[0].height / 2;
  int dark = 0;
  for (int x = 0; x < image.width; ++x) dark += image.at(x, middle) < 200 ? 1 : 0;
  EXPECT_GT(dark, image.width / 3);
  EXPECT_LT(dark, image.width);
}

TEST(PaperRenderer, MissingFontIsAnError) {
  PaperConfig config;
  config.regularFont = "/nonexistent/font.ttf";
  EXPECT_FALSE(PaperRenderer::create(config));
}

TEST(PaperRenderer, NarrowPaper) {
  auto renderer = PaperRenderer::create(PaperConfig{.printableWidthDots = 384, .paperWidthDots = 464});
  ASSERT_TRUE(renderer);
  EscPosInterpreter interpreter(InterpreterConfig{.printableWidthDots = 384});
  interpreter.feed(vectors::view(vectors::fromHex("41 42 43 0A 1D 56 00")));
  const auto receipts = interpreter.takeReceipts();
  ASSERT_EQ(receipts.size(), 1U);
  EXPECT_EQ(renderer->render(receipts[0].items).width, 464);
}

}  // namespace
}  // namespace foyer::printer::render
