// Names the code table cannot print, as dots: Arabic in presentation forms (visual order, as
// i18n::toVisualOrder gives it) and Cyrillic, through the font fallback; and QR codes as rasters.
#include "drivers/printer/render/text_raster.hpp"

#include <gtest/gtest.h>

#include "drivers/printer/protocol/code128.hpp"
#include "drivers/printer/protocol/escpos_interpreter.hpp"
#include "drivers/printer/protocol/escpos_writer.hpp"
#include "drivers/printer/render/paper_renderer.hpp"
#include "drivers/printer/render/qr_bitmap.hpp"
#include "tests/unit/drivers/printer/escpos_vectors.hpp"
#include "tests/unit/drivers/printer/printer_test_support.hpp"

namespace foyer::printer::render {
namespace {

using escpos::Bitmap;

// "محمد" after toVisualOrder: dal (final), meem (medial), hah (medial), meem (initial), left to right.
constexpr std::string_view kMuhammadVisual = "\uFEAA\uFEE4\uFEA4\uFEE3";

std::vector<std::uint8_t> greyWithQuietZone(const Bitmap& bitmap, int margin) {
  const int width = bitmap.width + 2 * margin;
  const int height = bitmap.height + 2 * margin;
  std::vector<std::uint8_t> grey(static_cast<std::size_t>(width) * static_cast<std::size_t>(height), 255);
  for (int y = 0; y < bitmap.height; ++y) {
    for (int x = 0; x < bitmap.width; ++x) {
      if (bitmap.at(x, y)) grey[static_cast<std::size_t>(y + margin) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x + margin)] = 0;
    }
  }
  return grey;
}

std::string scanOne(const Bitmap& bitmap, int margin = 20) {
  const auto symbols = test_support::scanSymbols(greyWithQuietZone(bitmap, margin), bitmap.width + 2 * margin,
                                                 bitmap.height + 2 * margin);
  return symbols.size() == 1 ? symbols[0].data : std::string("<" + std::to_string(symbols.size()) + " symbols>");
}

class TextRasterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto created = TextRasteriser::createDefault();
    ASSERT_TRUE(created) << created.error();
    m_rasteriser.emplace(std::move(*created));
  }
  TextRasteriser& rasteriser() { return *m_rasteriser; }

 private:
  std::optional<TextRasteriser> m_rasteriser;
};

TEST_F(TextRasterTest, ArabicNameGivesInk) {
  ASSERT_TRUE(rasteriser().covers(kMuhammadVisual));
  const Bitmap name = rasteriser().render(kMuhammadVisual, 48);
  EXPECT_GT(name.height, 24);
  EXPECT_LE(name.height, 48);
  EXPECT_GT(name.width, 40);
  const std::size_t ink = name.blackDots();
  EXPECT_GT(ink, 150U);
  EXPECT_LT(ink, name.dots.size() / 2);
}

TEST_F(TextRasterTest, CyrillicAndLatinTogether) {
  const Bitmap name = rasteriser().render("Иван Petrov", 32);
  EXPECT_GT(name.width, 100);
  EXPECT_GT(name.blackDots(), 200U);
}

TEST_F(TextRasterTest, TallerRequestGivesMoreInkAndTooWideIsScaledToFit) {
  const Bitmap small = rasteriser().render("Ж", 24);
  const Bitmap large = rasteriser().render("Ж", 96);
  EXPECT_GT(large.blackDots(), 4 * small.blackDots());
  const Bitmap fitted = rasteriser().render(std::string(100, 'W'), 48, 576);
  EXPECT_LE(fitted.width, 576);
  EXPECT_GT(fitted.blackDots(), 0U);
}

TEST_F(TextRasterTest, EmptyOrNothingToDraw) {
  EXPECT_TRUE(rasteriser().render("", 32).empty());
  EXPECT_TRUE(rasteriser().render("x", 0).empty());
  EXPECT_FALSE(rasteriser().covers("\uE000"));
}

TEST_F(TextRasterTest, ArabicNameThroughWriterAndInterpreterToPaper) {
  const Bitmap name = rasteriser().render(kMuhammadVisual, 48);
  escpos::EscPosWriter writer;
  writer.align(escpos::Align::Centre);
  ASSERT_TRUE(writer.raster(name));
  writer.cut();
  escpos::EscPosInterpreter interpreter;
  interpreter.feed(escpos::vectors::view(writer.bytes()));
  const auto receipts = interpreter.takeReceipts();
  ASSERT_EQ(receipts.size(), 1U);
  const auto& raster = std::get<escpos::PrintedRaster>(receipts[0].items.at(0));
  EXPECT_EQ(raster.bitmap.blackDots(), name.blackDots());
  auto renderer = PaperRenderer::create();
  ASSERT_TRUE(renderer);
  ASSERT_TRUE(writePng(renderer->render(receipts[0].items), test_support::artifactsDir() / "arabic-name.png"));
}

TEST(QrBitmap, DecodesToItsData) {
  const auto symbol = qrBitmap(escpos::vectors::kT2Data, 4, escpos::QrErrorCorrection::M, 4);
  ASSERT_TRUE(symbol) << symbol.error();
  EXPECT_EQ(symbol->width, symbol->height);
  EXPECT_EQ(symbol->width % 4, 0);
  EXPECT_EQ(scanOne(*symbol, 0), escpos::vectors::kT2Data) << "its own quiet zone is enough";
}

TEST(QrBitmap, RefusesWhatDoesNotFit) {
  EXPECT_FALSE(qrBitmap("", 4, escpos::QrErrorCorrection::M));
  EXPECT_FALSE(qrBitmap("x", 0, escpos::QrErrorCorrection::M));
  EXPECT_FALSE(qrBitmap(std::string(3000, 'x'), 1, escpos::QrErrorCorrection::H));
}

TEST(Code128Bars, EveryCodeSetBCharacterReadsBack) {
  std::string text;
  for (char c = 0x20; c < 0x7F; ++c) text.push_back(c);
  const auto data = escpos::code128SetB(text);
  ASSERT_TRUE(data);
  const auto symbol = escpos::parseCode128(escpos::ByteView(*data));
  ASSERT_TRUE(symbol);
  EXPECT_EQ(scanOne(escpos::code128Bars(*symbol, 2, 60), 40), text);
}

TEST(Code128Bars, CodeSetCAndSwitchesReadBack) {
  escpos::Bytes data = {'{', 'C'};
  std::string digits;
  for (std::uint8_t pair = 0; pair < 100; ++pair) {
    data.push_back(pair);
    digits += std::to_string(pair / 10) + std::to_string(pair % 10);
  }
  for (const char c : std::string_view("{Babc{AXYZ")) data.push_back(static_cast<std::uint8_t>(c));
  const auto symbol = escpos::parseCode128(escpos::ByteView(data));
  ASSERT_TRUE(symbol);
  EXPECT_EQ(scanOne(escpos::code128Bars(*symbol, 2, 60), 40), digits + "abcXYZ");
}

}  // namespace
}  // namespace foyer::printer::render
