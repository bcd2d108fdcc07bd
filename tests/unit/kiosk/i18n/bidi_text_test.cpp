#include "kiosk/i18n/bidi_text.hpp"

#include <gtest/gtest.h>

#include "kiosk/i18n/utf8.hpp"

namespace foyer::i18n {
namespace {

bool isPresentationForm(char32_t c) { return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF); }

TEST(BidiText, LatinTextInLeftToRightIsUnchanged) {
  EXPECT_EQ(toVisualOrder("Schritt 2 von 4", Direction::LeftToRight), "Schritt 2 von 4");
}

TEST(BidiText, ArabicLettersAreJoinedAndReversed) {
  // "اللغة" (the language): five letters, drawn right to left in joined forms.
  const std::u32string visual = decodeUtf8(toVisualOrder("اللغة", Direction::RightToLeft));
  ASSERT_FALSE(visual.empty());
  for (char32_t c : visual) EXPECT_TRUE(isPresentationForm(c)) << std::hex << static_cast<unsigned>(c);
  // Drawn left to right, the word's last letter (teh marbuta, final form U+FE94) comes first.
  EXPECT_EQ(visual.front(), U'\uFE94');
  // The word starts with alef (isolated/final forms U+FE8D/E) and lam-lam: alef is drawn last.
  EXPECT_TRUE(visual.back() == U'\uFE8D' || visual.back() == U'\uFE8E');
}

TEST(BidiText, LamAlefBecomesOneLigatureWithoutFiller) {
  const std::u32string visual = decodeUtf8(toVisualOrder("لا", Direction::RightToLeft));
  ASSERT_EQ(visual.size(), 1U);
  EXPECT_TRUE(visual[0] == U'\uFEFB' || visual[0] == U'\uFEFC');
}

TEST(BidiText, NumbersInsideRightToLeftTextKeepTheirOrder) {
  const std::string visual = toVisualOrder("الخطوة 12 من 34", Direction::RightToLeft);
  const auto twelve = visual.find("12");
  const auto thirtyFour = visual.find("34");
  ASSERT_NE(twelve, std::string::npos) << "digits must not be reversed";
  ASSERT_NE(thirtyFour, std::string::npos);
  EXPECT_LT(thirtyFour, twelve) << "in right-to-left reading, the later number is drawn further left";
}

TEST(BidiText, DocumentNumberInArabicSentenceStaysLeftToRight) {
  const std::string visual = toVisualOrder("رقم L898902C3", Direction::RightToLeft);
  EXPECT_NE(visual.find("L898902C3"), std::string::npos);
}

TEST(BidiText, MalformedUtf8IsReplacedNotCrashed) {
  const std::string broken("\xd8\xa7\xff\xd8", 4);
  const std::string visual = toVisualOrder(broken, Direction::RightToLeft);
  EXPECT_NE(decodeUtf8(visual).find(U'\uFFFD'), std::u32string::npos);
}

TEST(Utf8, RoundTripsAndRejectsOverlongForms) {
  const std::string text = "Grüße € العربية Ї";
  EXPECT_EQ(encodeUtf8(decodeUtf8(text)), text);
  EXPECT_EQ(decodeUtf8(std::string("\xc0\xaf", 2)), std::u32string(U"\uFFFD\uFFFD"));
  EXPECT_TRUE(containsRightToLeft("abc العربية"));
  EXPECT_FALSE(containsRightToLeft("Українська"));
}

}  // namespace
}  // namespace foyer::i18n
