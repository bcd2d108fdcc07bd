#include "tests/support/random_mrz.hpp"

#include <array>
#include <string_view>

#include "drivers/document/mrz/check_digit.hpp"

namespace foyer::testing {
namespace {

using document::mrz::FieldId;
using document::mrz::Format;
using document::mrz::Span;

constexpr std::array<std::string_view, 14> kStates = {"UTO", "D<<", "FRA", "NLD", "GBR", "ITA", "ESP",
                                                      "AUT", "CHE", "POL", "SWE", "USA", "CAN", "BEL"};
constexpr std::array<std::string_view, 16> kSurnames = {
    "ERIKSSON", "MUSTERMANN", "SCHMIDT", "DUBOIS", "VAN<DER<BERG", "ROSSI",      "GARCIA<LOPEZ", "NOWAK",
    "OZTURK",   "JOHANSSON",  "MUELLER", "OBRIEN", "KOWALSKI",     "DE<LA<CRUZ", "NGUYEN",       "PAPADOPOULOS"};
constexpr std::array<std::string_view, 16> kGivenNames = {"ANNA",   "MARIA",  "ERIKA",   "JEAN",  "PETER",  "ZOE",
                                                          "OLIVER", "SOPHIE", "JAN",     "LUCA",  "FATIMA", "YUSUF",
                                                          "HANNA",  "BEN",    "QUENTIN", "XAVIER"};
constexpr std::string_view kLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
constexpr std::string_view kAlphanumerics = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

template <typename T>
const T& pick(const T* items, std::size_t count, std::mt19937& random) {
  return items[std::uniform_int_distribution<std::size_t>(0, count - 1)(random)];
}

std::string padded(std::string text, int length) {
  text.resize(static_cast<std::size_t>(length), '<');
  return text;
}

std::string randomFrom(std::string_view alphabet, int length, std::mt19937& random) {
  std::string text;
  for (int i = 0; i < length; ++i) text += pick(alphabet.data(), alphabet.size(), random);
  return text;
}

std::string twoDigits(int value) {
  return {static_cast<char>('0' + value / 10), static_cast<char>('0' + value % 10)};
}

std::string randomDate(int fromYear, int toYear, std::mt19937& random) {
  const int year = std::uniform_int_distribution<int>(fromYear, toYear)(random);
  const int month = std::uniform_int_distribution<int>(1, 12)(random);
  const int day = std::uniform_int_distribution<int>(1, 28)(random);
  return twoDigits(year % 100) + twoDigits(month) + twoDigits(day);
}

std::string name(int length, std::mt19937& random) {
  std::string text(pick(kSurnames.data(), kSurnames.size(), random));
  text += "<<";
  text += pick(kGivenNames.data(), kGivenNames.size(), random);
  if (random() % 2 == 0) {
    text += '<';
    text += pick(kGivenNames.data(), kGivenNames.size(), random);
  }
  return padded(text, length);  // long names are cut at the field's end, as ICAO truncates them
}

std::string fieldContent(FieldId id, Format format, int length, std::mt19937& random) {
  switch (id) {
    case FieldId::DocumentCode:
      if (format == Format::TD3) return random() % 3 == 0 ? "PD" : "P<";
      return {"IAC"[random() % 3], random() % 2 == 0 ? '<' : 'D'};
    case FieldId::IssuingState:
    case FieldId::Nationality:
      return std::string(pick(kStates.data(), kStates.size(), random));
    case FieldId::Name:
      return name(length, random);
    case FieldId::DocumentNumber:
      return padded(randomFrom(kAlphanumerics, length - static_cast<int>(random() % 2), random), length);
    case FieldId::BirthDate:
      return randomDate(1931, 2022, random);
    case FieldId::Sex:
      return std::string(1, "MF<"[random() % 3]);
    case FieldId::ExpiryDate:
      return randomDate(2018, 2039, random);
    case FieldId::OptionalData1:
    case FieldId::OptionalData2: {
      if (random() % 2 == 0) return std::string(static_cast<std::size_t>(length), '<');
      const int used = std::uniform_int_distribution<int>(1, length)(random);
      return padded(randomFrom(random() % 3 == 0 ? kLetters : kAlphanumerics, used, random), length);
    }
  }
  return std::string(static_cast<std::size_t>(length), '<');
}

char digitOf(std::string_view text) {
  return static_cast<char>('0' + document::mrz::checkDigit(text).value_or(0));
}

}  // namespace

std::vector<std::string> randomMrz(Format format, std::mt19937& random) {
  const auto& layout = document::mrz::layoutOf(format);
  std::vector<std::string> lines(static_cast<std::size_t>(layout.lines),
                                 std::string(static_cast<std::size_t>(layout.lineLength), '<'));
  auto at = [&](const Span& span) -> std::string_view {
    return std::string_view(lines[static_cast<std::size_t>(span.line)])
        .substr(static_cast<std::size_t>(span.start), static_cast<std::size_t>(span.length));
  };
  // Character by character: GCC 12 at -O3 warns falsely (-Wrestrict) about string::replace here.
  auto put = [&](const Span& span, std::string_view text) {
    for (int i = 0; i < span.length && i < static_cast<int>(text.size()); ++i) {
      lines[static_cast<std::size_t>(span.line)][static_cast<std::size_t>(span.start + i)] =
          text[static_cast<std::size_t>(i)];
    }
  };
  for (const auto& field : layout.fields) {
    put(field.span, fieldContent(field.id, format, field.span.length, random));
    if (!field.checkDigit) continue;
    const bool empty = at(field.span).find_first_not_of('<') == std::string_view::npos;
    const char digit = empty && field.checkMayBeFiller ? '<' : digitOf(at(field.span));
    put(*field.checkDigit, std::string_view(&digit, 1));
  }
  if (layout.compositeDigit) {
    std::string covered;
    for (const Span& span : layout.composite) covered += at(span);
    const char digit = digitOf(covered);
    put(*layout.compositeDigit, std::string_view(&digit, 1));
  }
  return lines;
}

}  // namespace foyer::testing
