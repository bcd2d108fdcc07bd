#include "drivers/document/mrz/mrz_parser.hpp"

#include <algorithm>
#include <cstring>
#include <vector>

#include "drivers/document/mrz/check_digit.hpp"

namespace foyer::document::mrz {
namespace {

std::string_view at(std::span<const std::string_view> lines, const Span& span) {
  return lines[static_cast<std::size_t>(span.line)].substr(static_cast<std::size_t>(span.start),
                                                           static_cast<std::size_t>(span.length));
}

std::string withoutFillers(std::string_view text) {
  const auto last = text.find_last_not_of('<');
  std::string result(last == std::string_view::npos ? std::string_view{} : text.substr(0, last + 1));
  std::replace(result.begin(), result.end(), '<', ' ');  // inner fillers ("D<<" has none left) become spaces
  return result;
}

void splitName(std::string_view field, MrzDocument& document) {
  document.nameMayBeTruncated = !field.empty() && field.back() != '<';
  const auto last = field.find_last_not_of('<');
  const std::string_view name = last == std::string_view::npos ? std::string_view{} : field.substr(0, last + 1);
  const auto separator = name.find("<<");
  document.primaryIdentifier = withoutFillers(name.substr(0, separator));
  if (separator == std::string_view::npos) return;
  std::string_view rest = name.substr(separator + 2);
  while (!rest.empty()) {
    const auto next = rest.find('<');
    const std::string_view part = rest.substr(0, next);
    if (!part.empty()) document.secondaryIdentifiers.emplace_back(part);
    if (next == std::string_view::npos) break;
    rest = rest.substr(next + 1);
  }
}

CheckResult verify(std::optional<FieldId> field, std::string_view data, char found, bool fillerAllowed) {
  CheckResult result{field, found, checkDigit(data).value_or(-1), false};
  const auto value = found == '<' && !fillerAllowed ? std::nullopt : digitValue(found);
  result.ok = value.has_value() && *value == result.expected;
  return result;
}

// TD1 numbers longer than nine characters continue in the optional field: the check-digit position holds
// '<', the optional field holds the rest of the number, then its check digit, then '<' (ICAO 9303-5 §4.2.2).
bool readLongDocumentNumber(std::span<const std::string_view> lines, MrzDocument& document) {
  const std::string_view first = lines[0].substr(5, 9);
  const std::string_view optional = lines[0].substr(15, 15);
  if (lines[0][14] != '<' || optional.empty() || optional[0] == '<') return false;
  const auto end = optional.find('<');
  const std::string_view tail = optional.substr(0, end);
  if (tail.size() < 2) return false;
  const std::string number = std::string(first) + std::string(tail.substr(0, tail.size() - 1));
  document.documentNumber = number;
  document.checks.push_back(verify(FieldId::DocumentNumber, number, tail.back(), false));
  document.optionalData1 = end == std::string_view::npos ? "" : withoutFillers(optional.substr(end));
  const auto firstChar = document.optionalData1.find_first_not_of(' ');
  document.optionalData1 = firstChar == std::string::npos ? "" : document.optionalData1.substr(firstChar);
  return true;
}

void readFields(std::span<const std::string_view> lines, const Layout& layout, int referenceYear,
                MrzDocument& document) {
  const bool longNumber = layout.format == Format::TD1 && readLongDocumentNumber(lines, document);
  for (const FieldLayout& field : layout.fields) {
    const std::string_view raw = at(lines, field.span);
    if (longNumber && (field.id == FieldId::DocumentNumber || field.id == FieldId::OptionalData1)) continue;
    switch (field.id) {
      case FieldId::DocumentCode: document.documentCode = withoutFillers(raw); break;
      case FieldId::IssuingState: document.issuingState = withoutFillers(raw); break;
      case FieldId::Nationality: document.nationality = withoutFillers(raw); break;
      case FieldId::Name: splitName(raw, document); break;
      case FieldId::DocumentNumber: document.documentNumber = withoutFillers(raw); break;
      case FieldId::OptionalData1: document.optionalData1 = withoutFillers(raw); break;
      case FieldId::OptionalData2: document.optionalData2 = withoutFillers(raw); break;
      case FieldId::Sex:
        if (raw == "F" || raw == "M" || raw == "X") {
          document.sex = std::string(raw);
        } else if (raw != "<") {
          document.problems.push_back({field.id, "sex must be F, M, X or <, not " + std::string(raw)});
        }
        break;
      case FieldId::BirthDate:
      case FieldId::ExpiryDate: {
        const DateKind kind = field.id == FieldId::BirthDate ? DateKind::Birth : DateKind::Expiry;
        auto date = parseDate(raw, kind, referenceYear);
        if (date) {
          (field.id == FieldId::BirthDate ? document.birthDate : document.expiryDate) = date;
        } else {
          document.problems.push_back({field.id, std::string(toString(field.id)) + " " + std::string(raw) +
                                                     " is not a date"});
        }
        break;
      }
    }
    if (field.checkDigit) {
      const char found = at(lines, *field.checkDigit)[0];
      document.checks.push_back(verify(field.id, raw, found, field.checkMayBeFiller));
    }
  }
}

std::string describeShape(std::span<const std::string_view> lines) {
  std::string shape = std::to_string(lines.size()) + " line" + (lines.size() == 1 ? "" : "s") + " of";
  for (std::size_t i = 0; i < lines.size(); ++i) shape += (i == 0 ? " " : ", ") + std::to_string(lines[i].size());
  return shape + " characters";
}

}  // namespace

bool MrzDocument::checksPass() const {
  return !checks.empty() && std::all_of(checks.begin(), checks.end(), [](const CheckResult& c) { return c.ok; });
}

void MrzDocument::wipe() {
  // Volatile stores, so the compiler cannot drop them as dead before the strings are freed.
  auto wipeString = [](std::string& text) {
    text.resize(text.capacity());
    volatile char* bytes = text.data();
    for (std::size_t i = 0; i < text.size(); ++i) bytes[i] = 0;
    text.clear();
  };
  for (std::string& line : lines) wipeString(line);
  for (std::string* field : {&documentCode, &issuingState, &documentNumber, &nationality, &sex, &optionalData1,
                             &optionalData2, &primaryIdentifier}) {
    wipeString(*field);
  }
  for (std::string& name : secondaryIdentifiers) wipeString(name);
  *this = MrzDocument{};
}

std::expected<MrzDocument, MrzError> parse(std::span<const std::string_view> lines, int referenceYear) {
  const auto format = detectFormat(lines);
  if (!format) {
    return std::unexpected(MrzError{0, 0, "not an MRZ: expected 2 lines of 44 or 36 characters or 3 lines of 30, "
                                          "got " + describeShape(lines)});
  }
  for (std::size_t line = 0; line < lines.size(); ++line) {
    for (std::size_t position = 0; position < lines[line].size(); ++position) {
      const char c = lines[line][position];
      if (!isMrzCharacter(c)) {
        const std::string shown = (c >= 0x20 && c < 0x7f) ? std::string(1, c) : "a non-MRZ byte";
        return std::unexpected(MrzError{static_cast<int>(line) + 1, static_cast<int>(position) + 1,
                                        "'" + shown + "' is not an MRZ character (A-Z, 0-9, <)"});
      }
    }
  }
  const Layout& layout = layoutOf(*format);
  MrzDocument document;
  document.format = *format;
  for (std::string_view line : lines) document.lines.emplace_back(line);
  readFields(lines, layout, referenceYear, document);
  if (layout.compositeDigit) {
    std::string covered;
    for (const Span& span : layout.composite) covered += at(lines, span);
    document.checks.push_back(verify(std::nullopt, covered, at(lines, *layout.compositeDigit)[0], false));
  }
  return document;
}

std::expected<MrzDocument, MrzError> parse(std::string_view text, int referenceYear) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const auto end = text.find('\n');
    std::string_view line = text.substr(0, end);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (!line.empty()) lines.push_back(line);
    if (end == std::string_view::npos) break;
    text = text.substr(end + 1);
  }
  return parse(std::span<const std::string_view>(lines), referenceYear);
}

}  // namespace foyer::document::mrz
