// The photo station's threads with the scripted camera: guidance while the visitor comes into place, the
// photo taken by itself after the blink, the preview at the camera's rate, and the two camera faults.
// Waits are for reports (with a generous limit), never for time to pass.
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <optional>
#include <vector>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>

#include "drivers/photo/photo_quality.hpp"
#include "drivers/photo/station/photo_station.hpp"
#include "tests/unit/drivers/photo/photo_reports.hpp"
#include "tests/unit/drivers/photo/photo_test_images.hpp"

namespace foyer::photo {
namespace {

using namespace std::chrono_literals;

const std::string kCamera = std::string(FOYER_SOURCE_DIR) + "/assets/simulator/photo-camera/visit.playlist";

PhotoSettings settingsFor(std::string camera) {
  PhotoSettings settings;
  settings.camera = std::move(camera);
  return settings;
}

TEST(PhotoStation, GuidesTheVisitorAndTakesThePhotoAfterTheBlink) {
  Reports reports;
  Reports warmUp;
  PhotoStation station(settingsFor(kCamera), [&](PhotoReport report) {
    // The models load once when the station starts (slowly under sanitizers): the first attempt only
    // waits for them; the second replays the scripted visitor from the start with the analysis ready.
    static bool warm = false;
    if (!warm && std::holds_alternative<PhotoGuidance>(report)) {
      warm = true;
      warmUp.sink()(std::move(report));
      return;
    }
    if (warm) reports.sink()(std::move(report));
  });
  station.start({});
  ASSERT_TRUE(warmUp.waitFor<PhotoGuidance>().has_value());
  const std::uint64_t id = station.start({});
  const auto taken = reports.waitFor<PhotoTaken>();
  ASSERT_TRUE(taken.has_value()) << "no photo within 60 s";
  EXPECT_EQ(taken->attemptId, id);
  EXPECT_EQ(taken->photo.liveness, "blink");

  std::vector<std::string> hints;
  for (const PhotoGuidance& g : reports.guidance()) {
    if (g.attemptId != id) continue;  // a late report of the warm-up attempt
    if (hints.empty() || hints.back() != g.hint) hints.push_back(g.hint);
  }
  // In the order the scripted visitor does it: too far, beside the middle, in place (blink), still.
  auto at = [&](const std::string& hint) { return std::find(hints.begin(), hints.end(), hint) - hints.begin(); };
  EXPECT_LT(at("photo.hint.closer"), at("photo.hint.move_left"));
  EXPECT_LT(at("photo.hint.move_left"), at("photo.hint.hold_still"));
  EXPECT_NE(std::find(hints.begin(), hints.end(), "photo.hint.hold_still"), hints.end());

  // The file is the photo: a JPEG of 413 x 531 whose face has the document geometry.
  ASSERT_EQ(taken->photo.width, 413);
  ASSERT_EQ(taken->photo.height, 531);
  EXPECT_EQ(taken->photo.rgba.size(), 413U * 531U * 4U);
  const cv::Mat photo = cv::imdecode(taken->photo.encoded, cv::IMREAD_COLOR);
  ASSERT_EQ(photo.cols, 413);
  const QualityReport again = assessQuality(photo, testFinder().find(photo), QualityLimits{});
  ASSERT_TRUE(again.face.has_value());
  EXPECT_NEAR(again.face->faceHeight / static_cast<double>(photo.rows), 0.75, 0.03);
  EXPECT_NEAR(again.face->faceCentreX / static_cast<double>(photo.cols), 0.5, 0.05);
  EXPECT_FALSE(taken->photo.quality.empty());
  EXPECT_EQ(station.latestPreview(), nullptr) << "the preview ends with the attempt";
}

TEST(PhotoStation, ThePreviewFollowsTheCameraWhileTheAnalysisRuns) {
  Reports reports;
  PhotoStation station(settingsFor(kCamera), reports.sink());
  station.start({});
  ASSERT_TRUE(reports.waitFor<PhotoGuidance>().has_value());
  const auto first = station.latestPreview();
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->width, 960) << "1280 wide frames are scaled down for the screen";
  EXPECT_EQ(first->rgba.size(), static_cast<std::size_t>(first->width * first->height * 4));
  station.stop();
  EXPECT_EQ(station.latestPreview(), nullptr);
}

TEST(PhotoStation, ACameraThatCannotOpenIsReported) {
  Reports reports;
  PhotoStation station(settingsFor("/nonexistent/camera.playlist"), reports.sink());
  const std::uint64_t id = station.start({});
  const auto failed = reports.waitFor<PhotoFailed>();
  ASSERT_TRUE(failed.has_value());
  EXPECT_EQ(failed->attemptId, id);
  EXPECT_EQ(failed->kind, PhotoFailed::Kind::NoCamera);
}

TEST(PhotoStation, ACameraThatStopsDeliveringIsLostAfterTheFrameTimeout) {
  // One frame, then the next only after 2 s: a camera that hangs for longer than the timeout.
  const auto dir = std::filesystem::temp_directory_path() / "foyer-stalling-camera";
  std::filesystem::create_directories(dir);
  std::filesystem::copy_file(std::string(FOYER_SOURCE_DIR) + "/assets/simulator/photo-camera/still.jpg", dir / "still.jpg",
                             std::filesystem::copy_options::overwrite_existing);
  std::ofstream(dir / "stall.playlist") << "fps 0.5\nstill.jpg 1\n";
  PhotoSettings settings = settingsFor((dir / "stall.playlist").string());
  settings.frameTimeout = 300ms;
  Reports reports;
  PhotoStation station(settings, reports.sink());
  station.start({});
  const auto failed = reports.waitFor<PhotoFailed>();
  ASSERT_TRUE(failed.has_value());
  EXPECT_EQ(failed->kind, PhotoFailed::Kind::CameraLost);
  EXPECT_NE(failed->message.find("300 ms"), std::string::npos);
}

}  // namespace
}  // namespace foyer::photo
