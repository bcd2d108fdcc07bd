// The photo station compares the photo it takes with the document chip's portrait and keeps the score
// for staff: the same person above the threshold, another below, and a plain statement instead of a
// score when there is no model, no portrait or no face in it. The photo is taken in every case.
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include "drivers/photo/station/photo_station.hpp"
#include "tests/unit/drivers/photo/face_model.hpp"
#include "tests/unit/drivers/photo/photo_reports.hpp"
#include "tests/unit/drivers/photo/photo_test_images.hpp"

namespace foyer::photo {
namespace {

using namespace std::chrono_literals;
using Outcome = FaceMatch::Outcome;

// A visitor who stands still in place: the photo comes after a few frames (liveness is tested elsewhere).
PhotoSettings standingVisitor(std::filesystem::path faceModel) {
  const auto dir = std::filesystem::temp_directory_path() / "foyer-standing-visitor";
  std::filesystem::create_directories(dir);
  std::filesystem::copy_file(std::string(FOYER_SOURCE_DIR) + "/assets/simulator/photo-camera/still.jpg", dir / "still.jpg",
                             std::filesystem::copy_options::overwrite_existing);
  std::ofstream(dir / "standing.playlist") << "fps 15\nstill.jpg 30\n";
  PhotoSettings settings;
  settings.camera = (dir / "standing.playlist").string();
  settings.requireLiveness = false;
  settings.holdFrames = 2;
  settings.faceModel = std::move(faceModel);
  return settings;
}

// A portrait as the document step hands it on: RGBA.
ReferenceFace chipPortrait(const cv::Mat& bgr) {
  ReferenceFace face;
  face.width = bgr.cols;
  face.height = bgr.rows;
  face.rgba.resize(static_cast<std::size_t>(bgr.cols) * static_cast<std::size_t>(bgr.rows) * 4);
  cv::Mat out(bgr.rows, bgr.cols, CV_8UC4, face.rgba.data());
  cv::cvtColor(bgr, out, cv::COLOR_BGR2RGBA);
  return face;
}

FaceMatch photoComparedWith(PhotoStation& station, Reports& reports, ReferenceFace reference) {
  const std::uint64_t id = station.start(std::move(reference));
  const auto taken = reports.waitFor<PhotoTaken>(120s, id);
  if (!taken) {
    ADD_FAILURE() << "no photo within 120 s";
    return {};
  }
  EXPECT_FALSE(taken->photo.encoded.empty()) << "the photo is taken whatever the comparison says";
  return taken->photo.faceMatch;
}

TEST(PhotoStationFaceMatch, ThePhotoIsComparedWithTheChipPortraitForStaff) {
  if (testFaceModel().empty()) GTEST_SKIP() << kNoFaceModel;
  Reports reports;
  PhotoStation station(standingVisitor(testFaceModel()), reports.sink());

  const FaceMatch same = photoComparedWith(station, reports, chipPortrait(testImage("astronaut-portrait.jpg")));
  EXPECT_EQ(same.outcome, Outcome::Compared) << same.detail;
  EXPECT_GE(same.score, kDefaultFaceMatchThreshold);
  EXPECT_EQ(same.threshold, kDefaultFaceMatchThreshold);
  EXPECT_TRUE(same.samePerson());

  const FaceMatch other = photoComparedWith(station, reports, chipPortrait(testImage("grace-hopper.jpg")));
  EXPECT_EQ(other.outcome, Outcome::Compared) << other.detail;
  EXPECT_LT(other.score, kDefaultFaceMatchThreshold);
  EXPECT_FALSE(other.samePerson());

  const FaceMatch faceless = photoComparedWith(station, reports, chipPortrait(testImage("no-face.jpg")));
  EXPECT_EQ(faceless.outcome, Outcome::NoFaceInReference);
  EXPECT_FALSE(faceless.samePerson());

  const FaceMatch printedOnly = photoComparedWith(station, reports, {});
  EXPECT_EQ(printedOnly.outcome, Outcome::NoReference);
  EXPECT_FALSE(printedOnly.samePerson());
}

TEST(PhotoStationFaceMatch, WithoutAModelStaffReadFaceMatchNotAvailableNeverAScore) {
  Reports reports;
  PhotoStation station(standingVisitor({}), reports.sink());
  const FaceMatch match = photoComparedWith(station, reports, chipPortrait(testImage("astronaut-portrait.jpg")));
  EXPECT_EQ(match.outcome, Outcome::NotAvailable);
  EXPECT_EQ(match.score, 0);
  EXPECT_FALSE(match.samePerson());
  EXPECT_NE(match.detail.find("face match not available"), std::string::npos) << match.detail;
}

TEST(PhotoStationFaceMatch, ABrokenModelFileLeavesThePhotoStepWorking) {
  const auto file = std::filesystem::temp_directory_path() / "foyer-station-broken-model.onnx";
  std::ofstream(file) << "garbage";
  Reports reports;
  PhotoStation station(standingVisitor(file), reports.sink());
  const FaceMatch match = photoComparedWith(station, reports, chipPortrait(testImage("astronaut-portrait.jpg")));
  EXPECT_EQ(match.outcome, Outcome::NotAvailable);
  EXPECT_NE(match.detail.find("could not be loaded"), std::string::npos) << match.detail;
}

}  // namespace
}  // namespace foyer::photo
