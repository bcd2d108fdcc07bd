#pragma once
#include <optional>
#include <string>
#include <vector>

#include "drivers/document/mrz/mrz_date.hpp"
#include "drivers/document/mrz/mrz_layout.hpp"

namespace foyer::document::mrz {

// One check digit's verdict: which field it guards (none for the composite), what the MRZ says, what the
// data gives.
struct CheckResult {
  std::optional<FieldId> field;  // empty: the composite check digit
  char found = '<';
  int expected = 0;
  bool ok = false;
};

// A field whose content cannot be right although its characters are MRZ characters (a 13th month, sex 'Q').
struct FieldProblem {
  FieldId field;
  std::string message;  // English, for logs and staff; the visitor sees a translated summary
};

// The data of a machine-readable zone. Holds personal data: whoever keeps one must wipe it (wipe()).
struct MrzDocument {
  Format format = Format::TD3;
  std::vector<std::string> lines;  // as parsed (after any correction)
  std::string documentCode;
  std::string issuingState;        // fillers removed: "D" for Germany, "UTO"
  std::string documentNumber;      // fillers removed; TD1 long numbers joined
  std::string nationality;
  std::string sex;                 // "F", "M", "X" or "" (unspecified)
  std::string optionalData1;
  std::string optionalData2;       // TD1 only
  std::string primaryIdentifier;   // surname, '<' inside it shown as space
  std::vector<std::string> secondaryIdentifiers;
  bool nameMayBeTruncated = false;  // a letter in the name field's last position
  std::optional<MrzDate> birthDate;
  std::optional<MrzDate> expiryDate;
  std::vector<CheckResult> checks;
  std::vector<FieldProblem> problems;

  [[nodiscard]] bool checksPass() const;
  [[nodiscard]] bool valid() const { return checksPass() && problems.empty(); }
  void wipe();
};

}  // namespace foyer::document::mrz
