// foyerctl photo check: the photo criteria from the command line, for IT staff checking a camera set-up.
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/integration/child_process.hpp"

namespace foyer::testing {
namespace {

const std::string kData = std::string(FOYER_SOURCE_DIR) + "/tests/data/photo/";

CommandResult foyerctl(const std::string& arguments) {
  // stdout only: libpng's warnings on stderr must not break the JSON.
  return runCommand("ASAN_OPTIONS=detect_leaks=0 " + std::string(FOYERCTL_BINARY) + " " + arguments + " 2>/dev/null");
}

TEST(FoyerctlPhoto, ReportsEveryCriterionWithValueLimitsAndHint) {
  const auto run = foyerctl("photo check --json " + kData + "astronaut-shifted.jpg");
  EXPECT_EQ(run.exitCode, 1) << run.output;
  const auto report = nlohmann::json::parse(run.output, nullptr, false);
  ASSERT_FALSE(report.is_discarded()) << run.output;
  EXPECT_EQ(report["pass"], false);
  EXPECT_EQ(report["faces"], 1);
  ASSERT_EQ(report["criteria"].size(), 14U);
  bool centred = false;
  for (const auto& criterion : report["criteria"]) {
    if (criterion["criterion"] != "centred") continue;
    centred = true;
    EXPECT_EQ(criterion["pass"], false);
    EXPECT_EQ(criterion["hint"], "photo.hint.move_left");
    EXPECT_LT(criterion["value"].get<double>(), criterion["low"].get<double>());
  }
  EXPECT_TRUE(centred);
  EXPECT_GT(report["face"]["inter_eye_distance"].get<double>(), 90);
}

TEST(FoyerctlPhoto, NoFaceAndUnreadableInputAreToldApart) {
  const auto none = foyerctl("photo check " + kData + "no-face.jpg");
  EXPECT_EQ(none.exitCode, 1) << none.output;
  EXPECT_NE(none.output.find("photo.hint.no_face"), std::string::npos) << none.output;
  EXPECT_EQ(foyerctl("photo check /nonexistent/portrait.jpg").exitCode, 2);
  EXPECT_EQ(foyerctl("photo check --landmarks /nonexistent/model.dat " + kData + "grace-hopper.jpg").exitCode, 2);
}

}  // namespace
}  // namespace foyer::testing
