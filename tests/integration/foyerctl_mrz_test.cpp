// foyerctl mrz parse: the MRZ code from the command line, as IT staff and scripts use it.
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/integration/child_process.hpp"

namespace foyer::testing {
namespace {

CommandResult foyerctl(const std::string& arguments) {
  return runCommand("ASAN_OPTIONS=detect_leaks=0 " + std::string(FOYERCTL_BINARY) + " " + arguments);
}

nlohmann::json jsonOf(const CommandResult& run) {
  return nlohmann::json::parse(run.output, nullptr, /*allow_exceptions=*/false);
}

TEST(FoyerctlMrz, ParsesACorruptedPassportAndReportsChecksAndCorrections) {
  // The ICAO TD3 specimen read with two O-for-0 confusions.
  const auto run = foyerctl(
      "mrz parse --json --year 2026 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<' "
      "'L8989O2C36UTO74O8122F1204159ZE184226B<<<<<10'");
  ASSERT_EQ(run.exitCode, 0) << run.output;
  const auto report = jsonOf(run);
  ASSERT_FALSE(report.is_discarded()) << run.output;
  EXPECT_EQ(report["format"], "TD3");
  EXPECT_EQ(report["valid"], true);
  EXPECT_EQ(report["fields"]["document_number"], "L898902C3");
  EXPECT_EQ(report["fields"]["birth_date"], "1974-08-12");
  EXPECT_EQ(report["fields"]["secondary_identifiers"], nlohmann::json({"ANNA", "MARIA"}));
  EXPECT_EQ(report["checks"].size(), 5U);
  for (const auto& check : report["checks"]) EXPECT_EQ(check["ok"], true) << check.dump();
  ASSERT_EQ(report["corrections"].size(), 2U);
}

TEST(FoyerctlMrz, FailingCheckDigitExitsOneAndNamesTheField) {
  const auto run = foyerctl(
      "mrz parse --json --no-correct 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<' "
      "'L898902C36UTO7408132F1204159ZE184226B<<<<<10'");
  EXPECT_EQ(run.exitCode, 1) << run.output;
  const auto report = jsonOf(run);
  ASSERT_FALSE(report.is_discarded()) << run.output;
  EXPECT_EQ(report["valid"], false);
  bool birthFailed = false;
  for (const auto& check : report["checks"]) {
    if (check["field"] == "birth_date") birthFailed = check["ok"] == false;
  }
  EXPECT_TRUE(birthFailed) << run.output;
}

TEST(FoyerctlMrz, TextThatIsNoMrzExitsTwoWithAReason) {
  const auto run = foyerctl("mrz parse 'P<UTO' 'L898'");
  EXPECT_EQ(run.exitCode, 2) << run.output;
  EXPECT_NE(run.output.find("expected 2 lines of 44 or 36"), std::string::npos) << run.output;
  EXPECT_EQ(foyerctl("mrz parse onlyone").exitCode, 2);
  EXPECT_EQ(foyerctl("").exitCode, 2);
}

}  // namespace
}  // namespace foyer::testing
