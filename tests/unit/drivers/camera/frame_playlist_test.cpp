// The scripted camera: its file format (errors name the line) and the order and count of its frames.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>

#include "drivers/camera/frame_playlist.hpp"
#include "drivers/camera/frame_source.hpp"

namespace foyer::camera {
namespace {

TEST(FramePlaylist, ParsesRateEntriesAndComments) {
  const auto parsed = parsePlaylist("# a visitor\nfps 30\nfar.jpg 2  # too far\n\nnear.jpg 1\n", "/cam");
  ASSERT_TRUE(parsed.has_value()) << parsed.error();
  EXPECT_DOUBLE_EQ(parsed->fps, 30);
  ASSERT_EQ(parsed->entries.size(), 2U);
  EXPECT_EQ(parsed->entries[0].picture, std::filesystem::path("/cam/far.jpg"));
  EXPECT_EQ(parsed->entries[0].frames, 2);
}

TEST(FramePlaylist, BrokenLinesAreNamed) {
  EXPECT_EQ(parsePlaylist("fps 15\nfar.jpg\n", "/").error(), "line 2: a picture needs a frame count of at least 1");
  EXPECT_EQ(parsePlaylist("fps -3\n", "/").error(), "line 1: fps needs a rate between 0 and 240");
  EXPECT_EQ(parsePlaylist("a.jpg 1 2\n", "/").error(), "line 1: unexpected '2'");
  EXPECT_FALSE(parsePlaylist("# nothing\n", "/").has_value());
}

TEST(FramePlaylist, PlaysEachPictureForItsFramesAndLoops) {
  const auto dir = std::filesystem::temp_directory_path() / "foyer-playlist-test";
  std::filesystem::create_directories(dir);
  cv::imwrite((dir / "dark.png").string(), cv::Mat(4, 4, CV_8UC3, cv::Scalar::all(10)));
  cv::imwrite((dir / "light.png").string(), cv::Mat(4, 4, CV_8UC3, cv::Scalar::all(240)));
  std::ofstream(dir / "test.playlist") << "fps 240\ndark.png 2\nlight.png 1\n";
  auto source = FrameSource::open((dir / "test.playlist").string());
  ASSERT_TRUE(source.has_value()) << source.error().message;
  std::vector<int> seen;
  for (int i = 0; i < 6; ++i) {
    auto frame = (*source)->next();
    ASSERT_TRUE(frame.has_value());
    seen.push_back(frame->at<cv::Vec3b>(0, 0)[0]);
  }
  EXPECT_EQ(seen, (std::vector<int>{10, 10, 240, 10, 10, 240}));
  std::filesystem::remove_all(dir);
}

TEST(FramePlaylist, AMissingPictureIsACameraThatCannotOpen) {
  const auto dir = std::filesystem::temp_directory_path() / "foyer-playlist-missing";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "x.playlist") << "gone.png 3\n";
  auto source = FrameSource::open((dir / "x.playlist").string());
  ASSERT_FALSE(source.has_value());
  EXPECT_EQ(source.error().kind, CameraError::Kind::CannotOpen);
  EXPECT_NE(source.error().message.find("gone.png"), std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace foyer::camera
