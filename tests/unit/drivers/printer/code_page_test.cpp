// The code tables: the verified bytes of spec §2.1 and T1, stand-ins for what a table lacks, and the
// way back from bytes to text for the interpreter.
#include "drivers/printer/protocol/code_page.hpp"

#include <gtest/gtest.h>

#include "tests/unit/drivers/printer/escpos_vectors.hpp"

namespace foyer::printer::escpos {
namespace {

using vectors::fromHex;

Bytes encoded(std::string_view utf8, CodeTable table) { return encodeText(utf8, table).bytes; }

TEST(CodePage, Pc858HasTheGermanLettersAndTheEuroWhereTheSpecSays) {
  EXPECT_EQ(encoded("Ä", CodeTable::Pc858), Bytes{0x8E});
  EXPECT_EQ(encoded("Ö", CodeTable::Pc858), Bytes{0x99});
  EXPECT_EQ(encoded("Ü", CodeTable::Pc858), Bytes{0x9A});
  EXPECT_EQ(encoded("ä", CodeTable::Pc858), Bytes{0x84});
  EXPECT_EQ(encoded("ö", CodeTable::Pc858), Bytes{0x94});
  EXPECT_EQ(encoded("ü", CodeTable::Pc858), Bytes{0x81});
  EXPECT_EQ(encoded("ß", CodeTable::Pc858), Bytes{0xE1});
  EXPECT_EQ(encoded("€", CodeTable::Pc858), Bytes{0xD5});
  EXPECT_EQ(encoded("é", CodeTable::Pc858), Bytes{0x82});
}

TEST(CodePage, Wpc1252HasTheEuroAt80AndLatin1Above) {
  EXPECT_EQ(encoded("€", CodeTable::Wpc1252), Bytes{0x80});
  EXPECT_EQ(encoded("ÄÖÜäöüß", CodeTable::Wpc1252), fromHex("C4 D6 DC E4 F6 FC DF"));
  EXPECT_EQ(encoded("„Gruß“", CodeTable::Wpc1252), fromHex("84 47 72 75 DF 93"));
}

TEST(CodePage, T1TextEncodesToTheVectorBytes) {
  const auto gebuehr = encodeText(vectors::kT1GebuehrText, CodeTable::Pc858);
  EXPECT_EQ(gebuehr.bytes, fromHex(vectors::kT1Gebuehr));
  EXPECT_EQ(gebuehr.unencodable, 0U);
  EXPECT_EQ(gebuehr.transliterated, 0U);
  EXPECT_EQ(encoded(vectors::kT1StrasseText, CodeTable::Pc858), fromHex(vectors::kT1Strasse));
}

TEST(CodePage, Pc437AndPc850HaveTheUmlautsButNoEuro) {
  EXPECT_EQ(encoded("Ää", CodeTable::Pc437), fromHex("8E 84"));
  EXPECT_EQ(encoded("Ää", CodeTable::Pc850), fromHex("8E 84"));
  const auto euro = encodeText("12 €", CodeTable::Pc437);
  EXPECT_EQ(euro.bytes, Bytes({'1', '2', ' ', 'E', 'U', 'R'}));
  EXPECT_EQ(euro.transliterated, 1U);
  EXPECT_FALSE(canEncode("€", CodeTable::Pc850));
  EXPECT_EQ(decodeText(Bytes{0xD5}, CodeTable::Pc850), "ı");
}

TEST(CodePage, Pc866PrintsCyrillic) {
  EXPECT_EQ(encoded("Иван", CodeTable::Pc866), fromHex("88 A2 A0 AD"));
  EXPECT_EQ(decodeText(fromHex("88 A2 A0 AD"), CodeTable::Pc866), "Иван");
  EXPECT_TRUE(canEncode("Ёжик", CodeTable::Pc866));
}

TEST(CodePage, TypographicPunctuationGetsAnAsciiStandIn) {
  const auto text = encodeText("„Ja“ – ‚nein‘ … ok", CodeTable::Pc858);
  EXPECT_EQ(std::string(text.bytes.begin(), text.bytes.end()), "\"Ja\" - ,nein' ... ok");
  EXPECT_EQ(text.transliterated, 6U);
  EXPECT_EQ(text.unencodable, 0U);
}

TEST(CodePage, LettersWithMarksFallBackToTheirBaseLetter) {
  const auto polish = encodeText("Łukasz Wałęsa", CodeTable::Pc858);
  EXPECT_EQ(std::string(polish.bytes.begin(), polish.bytes.end()), "Lukasz Walesa");
  const auto german = encodeText("Müller", CodeTable::Pc866);
  EXPECT_EQ(std::string(german.bytes.begin(), german.bytes.end()), "Mueller");
  EXPECT_FALSE(canEncode("Łukasz", CodeTable::Pc858));
}

TEST(CodePage, WhatHasNoStandInBecomesAQuestionMarkAndIsCounted) {
  const auto arabic = encodeText("اسم", CodeTable::Pc858);
  EXPECT_EQ(arabic.bytes, Bytes({'?', '?', '?'}));
  EXPECT_EQ(arabic.unencodable, 3U);
  const auto cyrillic = encodeText("Иван", CodeTable::Wpc1252);
  EXPECT_EQ(cyrillic.unencodable, 4U);
  EXPECT_FALSE(canEncode("Иван", CodeTable::Pc858));
}

TEST(CodePage, ControlCharactersNeverReachTheStream) {
  // A name from a document must not be able to carry ESC @ or a cut into the printer.
  const auto text = encodeText("A\x1B@B\x1DV\x01\nC\x7F", CodeTable::Pc858);
  for (const std::uint8_t byte : text.bytes) EXPECT_GE(byte, 0x20);
  EXPECT_EQ(text.unencodable, 5U);
  EXPECT_EQ(encoded("\xC2\x85", CodeTable::Pc858), Bytes{'?'});  // C1 NEL
}

TEST(CodePage, MalformedUtf8IsReplacedBytewise) {
  const auto text = encodeText("a\xFF" "b\xC3", CodeTable::Pc858);
  EXPECT_EQ(text.bytes, Bytes({'a', '?', 'b', '?'}));
  EXPECT_EQ(text.unencodable, 2U);
  EXPECT_EQ(encoded("\xE0\x80\xAF", CodeTable::Pc858), Bytes({'?', '?', '?'}));  // overlong '/'
  EXPECT_EQ(encoded("\xED\xA0\x80", CodeTable::Pc858), Bytes({'?', '?', '?'}));  // surrogate
}

TEST(CodePage, EveryByteOfEveryTableDecodesAndEncodesBack) {
  for (const CodeTable table : {CodeTable::Pc437, CodeTable::Pc850, CodeTable::Pc858, CodeTable::Wpc1252, CodeTable::Pc866}) {
    for (int byte = 0x20; byte <= 0xFF; ++byte) {
      if (byte == 0x7F) continue;
      const std::string text = decodeText(Bytes{static_cast<std::uint8_t>(byte)}, table);
      if (text == "\xEF\xBF\xBD") continue;  // WPC1252's five empty positions
      EXPECT_EQ(encoded(text, table), Bytes{static_cast<std::uint8_t>(byte)})
          << codeTableName(table) << " byte " << byte << " (" << text << ")";
    }
  }
}

TEST(CodePage, EscTNumbersDependOnTheMaker) {
  EXPECT_EQ(codeTableNumber(CodeTable::Pc437, CodeTableNumbering::Epson), 0);
  EXPECT_EQ(codeTableNumber(CodeTable::Pc858, CodeTableNumbering::Epson), 19);
  EXPECT_EQ(codeTableNumber(CodeTable::Wpc1252, CodeTableNumbering::Epson), 16);
  EXPECT_EQ(codeTableNumber(CodeTable::Pc866, CodeTableNumbering::Epson), 17);
  EXPECT_EQ(codeTableNumber(CodeTable::Pc858, CodeTableNumbering::Star), 4);
  EXPECT_EQ(codeTableNumber(CodeTable::Wpc1252, CodeTableNumbering::Star), 32);
  EXPECT_FALSE(codeTableNumber(CodeTable::Pc866, CodeTableNumbering::Star));
  EXPECT_EQ(codeTableFromNumber(19, CodeTableNumbering::Epson), CodeTable::Pc858);
  EXPECT_EQ(codeTableFromNumber(4, CodeTableNumbering::Star), CodeTable::Pc858);
  EXPECT_FALSE(codeTableFromNumber(4, CodeTableNumbering::Epson));
}

TEST(CodePage, GermanInternationalSetReplacesBrackets) {
  EXPECT_EQ(decodeText(Bytes({'[', '\\', ']', '{', '|', '}', '~', '@'}), CodeTable::Pc437, 2), "ÄÖÜäöüß§");
  EXPECT_EQ(decodeText(Bytes({'[', '@'}), CodeTable::Pc437, 0), "[@");
}

}  // namespace
}  // namespace foyer::printer::escpos
