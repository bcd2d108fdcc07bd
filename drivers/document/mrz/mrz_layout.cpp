#include "drivers/document/mrz/mrz_layout.hpp"

namespace foyer::document::mrz {
namespace {

using C = CharClass;
using F = FieldId;

// Positions from ICAO 9303 parts 4 (TD3), 5 (TD1), 6 (TD2) and 7 (MRV), converted to 0-based.

// TD3, TD2 and both visas share line 1 and the first 28 positions of line 2; they differ in the optional
// data after position 28 and in the checks over it.
Layout twoLines(Format format, int length, bool optionalHasCheck, bool composite) {
  const int optionalLength = length - 28 - (optionalHasCheck ? 1 : 0) - (composite ? 1 : 0);
  Layout layout{format, 2, length,
                {{F::DocumentCode, {0, 0, 2}, C::Alpha, {}, false},
                 {F::IssuingState, {0, 2, 3}, C::Alpha, {}, false},
                 {F::Name, {0, 5, length - 5}, C::Name, {}, false},
                 {F::DocumentNumber, {1, 0, 9}, C::AlphaNumeric, Span{1, 9, 1}, false},
                 {F::Nationality, {1, 10, 3}, C::Alpha, {}, false},
                 {F::BirthDate, {1, 13, 6}, C::Numeric, Span{1, 19, 1}, false},
                 {F::Sex, {1, 20, 1}, C::Alpha, {}, false},
                 {F::ExpiryDate, {1, 21, 6}, C::Numeric, Span{1, 27, 1}, false},
                 {F::OptionalData1, {1, 28, optionalLength}, C::AlphaNumeric,
                  optionalHasCheck ? std::optional<Span>(Span{1, 28 + optionalLength, 1}) : std::nullopt,
                  optionalHasCheck}},
                {},
                std::nullopt};
  if (composite) {
    // Over document number, birth date, expiry date and optional data, each with its check digit.
    layout.composite = {{1, 0, 10}, {1, 13, 7}, {1, 21, length - 22}};
    layout.compositeDigit = Span{1, length - 1, 1};
  }
  return layout;
}

Layout td1() {
  return {Format::TD1, 3, 30,
          {{F::DocumentCode, {0, 0, 2}, C::Alpha, {}, false},
           {F::IssuingState, {0, 2, 3}, C::Alpha, {}, false},
           {F::DocumentNumber, {0, 5, 9}, C::AlphaNumeric, Span{0, 14, 1}, false},
           {F::OptionalData1, {0, 15, 15}, C::AlphaNumeric, {}, false},
           {F::BirthDate, {1, 0, 6}, C::Numeric, Span{1, 6, 1}, false},
           {F::Sex, {1, 7, 1}, C::Alpha, {}, false},
           {F::ExpiryDate, {1, 8, 6}, C::Numeric, Span{1, 14, 1}, false},
           {F::Nationality, {1, 15, 3}, C::Alpha, {}, false},
           {F::OptionalData2, {1, 18, 11}, C::AlphaNumeric, {}, false},
           {F::Name, {2, 0, 30}, C::Name, {}, false}},
          {{0, 5, 25}, {1, 0, 7}, {1, 8, 7}, {1, 18, 11}},
          Span{1, 29, 1}};
}

}  // namespace

const Layout& layoutOf(Format format) {
  // Indexed by Format.
  static const Layout layouts[] = {td1(), twoLines(Format::TD2, 36, false, true), twoLines(Format::TD3, 44, true, true),
                                   twoLines(Format::MrvA, 44, false, false), twoLines(Format::MrvB, 36, false, false)};
  return layouts[static_cast<int>(format)];
}

std::optional<Format> detectFormat(std::span<const std::string_view> lines) {
  if (lines.empty()) return std::nullopt;
  for (std::string_view line : lines) {
    if (line.size() != lines[0].size()) return std::nullopt;
  }
  const bool visa = lines[0].front() == 'V';
  if (lines.size() == 3 && lines[0].size() == 30) return Format::TD1;
  if (lines.size() == 2 && lines[0].size() == 44) return visa ? Format::MrvA : Format::TD3;
  if (lines.size() == 2 && lines[0].size() == 36) return visa ? Format::MrvB : Format::TD2;
  return std::nullopt;
}

std::string_view toString(Format format) {
  switch (format) {
    case Format::TD1: return "TD1";
    case Format::TD2: return "TD2";
    case Format::TD3: return "TD3";
    case Format::MrvA: return "MRV-A";
    case Format::MrvB: return "MRV-B";
  }
  return "?";
}

std::string_view toString(FieldId field) {
  switch (field) {
    case FieldId::DocumentCode: return "document_code";
    case FieldId::IssuingState: return "issuing_state";
    case FieldId::Name: return "name";
    case FieldId::DocumentNumber: return "document_number";
    case FieldId::Nationality: return "nationality";
    case FieldId::BirthDate: return "birth_date";
    case FieldId::Sex: return "sex";
    case FieldId::ExpiryDate: return "expiry_date";
    case FieldId::OptionalData1: return "optional_data_1";
    case FieldId::OptionalData2: return "optional_data_2";
  }
  return "?";
}

}  // namespace foyer::document::mrz
