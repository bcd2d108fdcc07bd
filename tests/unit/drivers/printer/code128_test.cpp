// CODE128 data as GS k 73 carries it: selectors, escapes, code set C's byte pairs, the check character.
#include "drivers/printer/protocol/code128.hpp"

#include <gtest/gtest.h>

#include "tests/unit/drivers/printer/escpos_vectors.hpp"

namespace foyer::printer::escpos {
namespace {

Bytes ascii(std::string_view text) { return Bytes(text.begin(), text.end()); }

TEST(Code128, T3DataParsesWithItsCheckCharacter) {
  const auto symbol = parseCode128(vectors::view(ascii("{BFOYER-0042")));
  ASSERT_TRUE(symbol);
  EXPECT_EQ(symbol->text, "FOYER-0042");
  // Start B (104), ten data characters, check character: (104 + Σ i·value) mod 103.
  ASSERT_EQ(symbol->values.size(), 12U);
  EXPECT_EQ(symbol->values.front(), 104);
  EXPECT_EQ(symbol->values[1], 'F' - 32);
  unsigned sum = 104;
  for (std::size_t i = 1; i <= 10; ++i) sum += static_cast<unsigned>(i) * symbol->values[i];
  EXPECT_EQ(symbol->values.back(), sum % 103);
}

TEST(Code128, CheckCharacterByHand) {
  // "PJJ123C" in set B: 104 + 1·48 + 2·42 + 3·42 + 4·17 + 5·18 + 6·19 + 7·35 = 879; 879 mod 103 = 55.
  const auto symbol = parseCode128(vectors::view(ascii("{BPJJ123C")));
  ASSERT_TRUE(symbol);
  EXPECT_EQ(symbol->values.back(), 55);
}

TEST(Code128, CodeSetCTakesOneByteForTwoDigits) {
  const auto symbol = parseCode128(vectors::view(Bytes{'{', 'C', 12, 34, 5, '{', 'B', 'x'}));
  ASSERT_TRUE(symbol);
  EXPECT_EQ(symbol->text, "123405x");
  EXPECT_EQ(symbol->values, (std::vector<std::uint8_t>{105, 12, 34, 5, 100, 'x' - 32, symbol->values.back()}));
  EXPECT_FALSE(parseCode128(vectors::view(Bytes{'{', 'C', 100})));
}

TEST(Code128, EscapesAndShift) {
  const auto symbol = parseCode128(vectors::view(ascii("{A{1AB{Sa{{")));
  EXPECT_FALSE(symbol) << "{{ (a literal brace) is not in code set A";
  const auto shifted = parseCode128(vectors::view(ascii("{AAB{Sa{B{{")));
  ASSERT_TRUE(shifted);
  EXPECT_EQ(shifted->text, "ABa{");
  EXPECT_EQ(shifted->values[3], 98);  // shift
  EXPECT_EQ(shifted->values[4], 'a' - 32);
}

TEST(Code128, RejectsDataWithoutSelectorOrWithBadEscapes) {
  for (const std::string_view bad : {"", "{", "AB", "{D12", "{Babc{", "{B{B", "{Bx{S", "{Bx{Z"}) {
    EXPECT_FALSE(parseCode128(vectors::view(ascii(bad)))) << bad;
  }
  EXPECT_FALSE(parseCode128(vectors::view(Bytes{'{', 'B', 0x05}))) << "controls are code set A only";
  EXPECT_TRUE(parseCode128(vectors::view(Bytes{'{', 'A', 0x05})));
}

TEST(Code128, SetBDataForTheWriter) {
  EXPECT_EQ(code128SetB("a{b"), ascii("{Ba{{b"));
  EXPECT_FALSE(code128SetB("ü"));
  EXPECT_FALSE(code128SetB("a\nb"));
}

TEST(Code128, PatternsAreElevenModulesAndTheStopThirteen) {
  for (int value = 0; value < kCode128Stop; ++value) {
    int modules = 0;
    for (const char c : code128Pattern(value)) modules += c - '0';
    EXPECT_EQ(modules, 11) << value;
  }
  int stop = 0;
  for (const char c : code128Pattern(kCode128Stop)) stop += c - '0';
  EXPECT_EQ(stop, 13);
  EXPECT_TRUE(code128Pattern(107).empty());
}

TEST(Code128, BarsAreAsWideAsTheirModules) {
  const auto symbol = parseCode128(vectors::view(ascii("{BFOYER-0042")));
  ASSERT_TRUE(symbol);
  const Bitmap bars = code128Bars(*symbol, 2, 10);
  EXPECT_EQ(bars.width, (12 * 11 + 13) * 2);
  EXPECT_EQ(bars.height, 10);
  // Start B is 211214: a bar of 2 modules, a space of 1, ...
  EXPECT_TRUE(bars.at(0, 0) && bars.at(3, 9));
  EXPECT_FALSE(bars.at(4, 0));
  EXPECT_TRUE(bars.at(bars.width - 1, 5)) << "the stop ends with a bar";
}

}  // namespace
}  // namespace foyer::printer::escpos
