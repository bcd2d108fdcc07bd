#include "kiosk/cli/mrz_report.hpp"

#include <sstream>

namespace foyer::cli {

using namespace document::mrz;

namespace {

nlohmann::json dateJson(const std::optional<MrzDate>& date) {
  return date ? nlohmann::json(date->iso()) : nlohmann::json(nullptr);
}

std::string checkName(const CheckResult& check) {
  return check.field ? std::string(toString(*check.field)) : std::string("composite");
}

}  // namespace

nlohmann::json mrzReport(const MrzDocument& document, const CorrectedLines& correction) {
  nlohmann::json report;
  report["format"] = toString(document.format);
  report["valid"] = document.valid();
  report["lines"] = document.lines;
  report["fields"] = {
      {"document_code", document.documentCode},
      {"issuing_state", document.issuingState},
      {"document_number", document.documentNumber},
      {"nationality", document.nationality},
      {"birth_date", dateJson(document.birthDate)},
      {"sex", document.sex},
      {"expiry_date", dateJson(document.expiryDate)},
      {"optional_data_1", document.optionalData1},
      {"optional_data_2", document.optionalData2},
      {"primary_identifier", document.primaryIdentifier},
      {"secondary_identifiers", document.secondaryIdentifiers},
      {"name_may_be_truncated", document.nameMayBeTruncated},
  };
  report["checks"] = nlohmann::json::array();
  for (const CheckResult& check : document.checks) {
    report["checks"].push_back({{"field", checkName(check)},
                                {"found", std::string(1, check.found)},
                                {"expected", check.expected},
                                {"ok", check.ok}});
  }
  report["problems"] = nlohmann::json::array();
  for (const FieldProblem& problem : document.problems) {
    report["problems"].push_back({{"field", toString(problem.field)}, {"message", problem.message}});
  }
  report["corrections"] = nlohmann::json::array();
  for (const Correction& c : correction.corrections) {
    report["corrections"].push_back({{"line", c.line},
                                     {"position", c.position},
                                     {"from", std::string(1, c.from)},
                                     {"to", std::string(1, c.to)},
                                     {"reason", c.reason}});
  }
  report["ambiguous"] = correction.ambiguous;
  return report;
}

std::string mrzText(const MrzDocument& document, const CorrectedLines& correction) {
  std::ostringstream out;
  out << toString(document.format) << (document.valid() ? "  valid\n" : "  NOT VALID\n");
  auto row = [&out](const char* label, const std::string& value) { out << "  " << label << value << '\n'; };
  row("document      ", document.documentCode + " " + document.documentNumber);
  row("issued by     ", document.issuingState);
  std::string given;
  for (const auto& name : document.secondaryIdentifiers) given += (given.empty() ? "" : " ") + name;
  row("name          ", document.primaryIdentifier + ", " + given);
  row("nationality   ", document.nationality);
  row("born          ", document.birthDate ? document.birthDate->iso() : "?");
  row("sex           ", document.sex.empty() ? "unspecified" : document.sex);
  row("expires       ", document.expiryDate ? document.expiryDate->iso() : "?");
  for (const CheckResult& check : document.checks) {
    out << "  check " << (check.ok ? "ok    " : "FAILED") << ' ' << checkName(check) << ": found " << check.found
        << ", computed " << check.expected << '\n';
  }
  for (const FieldProblem& problem : document.problems) out << "  problem: " << problem.message << '\n';
  for (const Correction& c : correction.corrections) {
    out << "  corrected line " << c.line << " position " << c.position << ": " << c.from << " -> " << c.to << " ("
        << c.reason << ")\n";
  }
  if (correction.ambiguous) out << "  note: more than one look-alike reading passes; left as read\n";
  return out.str();
}

}  // namespace foyer::cli
