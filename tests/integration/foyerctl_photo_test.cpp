// foyerctl photo check: the photo criteria from the command line, for IT staff checking a camera set-up.
#include <cstdio>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include "tests/integration/child_process.hpp"
#include "tests/unit/drivers/photo/face_model.hpp"

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

TEST(FoyerctlPhoto, CropWritesTheDocumentPhotoThatPassesTheCheck) {
  const std::string out = ::testing::TempDir() + "foyerctl-crop.jpg";
  const std::string frame = std::string(FOYER_SOURCE_DIR) + "/assets/simulator/photo-camera/still.jpg";
  const std::string config = std::string(FOYER_SOURCE_DIR) + "/config/foyer.toml";
  const auto run = foyerctl("photo crop --config " + config + " " + frame + " -o " + out);
  ASSERT_EQ(run.exitCode, 0) << run.output;
  const cv::Mat photo = cv::imread(out, cv::IMREAD_COLOR);
  ASSERT_EQ(photo.cols, 413);
  ASSERT_EQ(photo.rows, 531);
  // The crop is itself a document photo: geometry and every other criterion hold on it.
  const auto check = foyerctl("photo check --json " + out);
  const auto report = nlohmann::json::parse(check.output, nullptr, false);
  ASSERT_FALSE(report.is_discarded()) << check.output;
  for (const auto& criterion : report["criteria"]) {
    if (criterion["criterion"] == "centred" || criterion["criterion"] == "eye_line" ||
        criterion["criterion"] == "roll" || criterion["criterion"] == "face_size") {
      EXPECT_TRUE(criterion["pass"].get<bool>()) << criterion.dump();
    }
  }
  EXPECT_NEAR(report["face"]["face_height"].get<double>() / 531.0, 0.75, 0.03);
}

TEST(FoyerctlPhoto, CropRefusesAFaceAtTheEdgeAndAPictureWithoutOne) {
  const std::string out = ::testing::TempDir() + "foyerctl-refused.jpg";
  std::remove(out.c_str());
  EXPECT_EQ(foyerctl("photo crop " + kData + "astronaut-shifted.jpg -o " + out).exitCode, 1);
  EXPECT_EQ(foyerctl("photo crop " + kData + "no-face.jpg -o " + out).exitCode, 1);
  EXPECT_FALSE(std::filesystem::exists(out)) << "nothing is written when there is no photo to cut";
  EXPECT_EQ(foyerctl("photo crop " + kData + "astronaut-portrait.jpg -o " + ::testing::TempDir() + "x.png").exitCode, 2);
  EXPECT_EQ(foyerctl("photo check --config /nonexistent/foyer.toml " + kData + "astronaut-portrait.jpg").exitCode, 2);
}

TEST(FoyerctlPhoto, MatchTellsTheSamePersonFromAnother) {
  const std::filesystem::path model = photo::testFaceModel();
  if (model.empty()) GTEST_SKIP() << photo::kNoFaceModel;
  const std::string frame = std::string(FOYER_SOURCE_DIR) + "/assets/simulator/photo-camera/still.jpg";
  const auto same = foyerctl("photo match --json --face-model " + model.string() + " " + frame + " " + kData +
                             "astronaut-portrait.jpg");
  EXPECT_EQ(same.exitCode, 0) << same.output;
  const auto sameReport = nlohmann::json::parse(same.output, nullptr, false);
  ASSERT_FALSE(sameReport.is_discarded()) << same.output;
  EXPECT_EQ(sameReport["same_person"], true);
  EXPECT_GE(sameReport["score"].get<double>(), sameReport["threshold"].get<double>());
  EXPECT_EQ(sameReport["threshold"].get<double>(), 0.40) << "the default threshold";

  const auto other = foyerctl("photo match --face-model " + model.string() + " " + frame + " " + kData + "grace-hopper.jpg");
  EXPECT_EQ(other.exitCode, 1) << other.output;
  EXPECT_NE(other.output.find("DIFFERENT"), std::string::npos) << other.output;
  EXPECT_EQ(foyerctl("photo match --face-model " + model.string() + " " + frame + " " + kData + "no-face.jpg").exitCode, 1);
}

TEST(FoyerctlPhoto, MatchWithoutAModelSaysItIsNotAvailable) {
  const std::string config = std::string(FOYER_SOURCE_DIR) + "/config/foyer.toml";
  const auto run = runCommand("ASAN_OPTIONS=detect_leaks=0 " + std::string(FOYERCTL_BINARY) + " photo match --config " + config +
                              " " + kData + "astronaut-portrait.jpg " + kData + "grace-hopper.jpg 2>&1");
  EXPECT_EQ(run.exitCode, 2) << run.output;
  EXPECT_NE(run.output.find("face match not available"), std::string::npos) << run.output;
}

}  // namespace
}  // namespace foyer::testing
