#include "kiosk/flow/office/document/typed_access_data.hpp"

#include <algorithm>
#include <chrono>

namespace foyer::flow::office {
namespace {

using Field = visit::TypedAccessData::Field;

std::string& fieldText(visit::TypedAccessData& typed) {
  switch (typed.active) {
    case Field::DocumentNumber: return typed.documentNumber;
    case Field::BirthDate: return typed.birthDate;
    case Field::ExpiryDate: return typed.expiryDate;
  }
  return typed.documentNumber;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isLetter(char c) { return c >= 'A' && c <= 'Z'; }

// "DDMMYYYY" to the MRZ's "YYMMDD" when it is a real calendar date between the given years.
std::optional<std::string> mrzDate(const std::string& typed, int firstYear, int lastYear) {
  const auto date = typedDate(typed);
  if (!date || date->year < firstYear || date->year > lastYear) return std::nullopt;
  return typed.substr(6, 2) + typed.substr(2, 2) + typed.substr(0, 2);
}

}  // namespace

std::optional<document::mrz::MrzDate> typedDate(const std::string& digits) {
  if (digits.size() != kDateDigits || !std::all_of(digits.begin(), digits.end(), isDigit)) return std::nullopt;
  const int day = std::stoi(digits.substr(0, 2));
  const int month = std::stoi(digits.substr(2, 2));
  const int year = std::stoi(digits.substr(4, 4));
  const std::chrono::year_month_day date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
                                         std::chrono::day(static_cast<unsigned>(day))};
  if (!date.ok()) return std::nullopt;
  return document::mrz::MrzDate{year, month, day};
}

void typeKey(visit::TypedAccessData& typed, std::string_view key) {
  typed.error.clear();
  std::string& text = fieldText(typed);
  if (key == "backspace") {
    if (!text.empty()) text.pop_back();
    return;
  }
  if (key.size() != 1) return;
  const char c = key.front();
  if (typed.active == Field::DocumentNumber) {
    if ((isDigit(c) || isLetter(c)) && text.size() < kMaxDocumentNumber) text.push_back(c);
    return;
  }
  if (!isDigit(c) || text.size() >= kDateDigits) return;
  text.push_back(c);
  if (text.size() == kDateDigits && typed.active == Field::BirthDate) typed.active = Field::ExpiryDate;
}

std::expected<document::emrtd::AccessKey, std::string> accessKeyFrom(visit::TypedAccessData& typed) {
  auto wrong = [&typed](Field field, const char* key) {
    typed.active = field;
    typed.error = key;
    return std::unexpected(std::string(key));
  };
  if (typed.documentNumber.size() < 5) return wrong(Field::DocumentNumber, "typing.error_number");
  const auto birth = mrzDate(typed.birthDate, 1900, 2099);
  if (!birth) return wrong(Field::BirthDate, "typing.error_birth");
  const auto expiry = mrzDate(typed.expiryDate, 1970, 2099);
  if (!expiry) return wrong(Field::ExpiryDate, "typing.error_expiry");
  auto key = document::emrtd::mrzAccessKey(typed.documentNumber, *birth, *expiry);
  if (!key) return wrong(Field::DocumentNumber, "typing.error_number");
  typed.error.clear();
  return key;
}

}  // namespace foyer::flow::office
