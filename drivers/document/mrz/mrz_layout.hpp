#pragma once
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace foyer::document::mrz {

enum class Format { TD1, TD2, TD3, MrvA, MrvB };

// What a position may hold; OCR correction maps look-alike characters into the right class.
enum class CharClass { Alpha, Numeric, AlphaNumeric, Name };

// A run of characters on one line (0-based).
struct Span {
  int line = 0;
  int start = 0;
  int length = 0;
};

enum class FieldId {
  DocumentCode,
  IssuingState,
  Name,
  DocumentNumber,
  Nationality,
  BirthDate,
  Sex,
  ExpiryDate,
  OptionalData1,
  OptionalData2,
};

struct FieldLayout {
  FieldId id;
  Span span;
  CharClass chars;
  std::optional<Span> checkDigit;  // a one-character span
  bool checkMayBeFiller = false;   // TD3 optional data: '<' when the field is all fillers
};

struct Layout {
  Format format;
  int lines;
  int lineLength;
  std::vector<FieldLayout> fields;
  std::vector<Span> composite;        // the spans the composite check digit covers, in order
  std::optional<Span> compositeDigit;  // none on visas
};

const Layout& layoutOf(Format format);
// Which format a set of lines has, by line count, length and first letter (visas start with 'V').
std::optional<Format> detectFormat(std::span<const std::string_view> lines);

std::string_view toString(Format format);
std::string_view toString(FieldId field);

}  // namespace foyer::document::mrz
