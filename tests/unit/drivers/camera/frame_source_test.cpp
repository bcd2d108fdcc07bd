// Camera sources from a config string: a still picture, a video file that loops like a live camera, and
// clear errors for what cannot be opened.
#include <filesystem>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

#include "drivers/camera/frame_source.hpp"

namespace foyer::camera {
namespace {

namespace fs = std::filesystem;

fs::path scratch(const std::string& name) {
  const fs::path dir = fs::path(::testing::TempDir()) / "foyer-frame-source";
  fs::create_directories(dir);
  return dir / name;
}

TEST(FrameSource, StillPictureGivesTheSameFrameEveryTime) {
  const fs::path file = scratch("still.png");
  cv::Mat picture(48, 64, CV_8UC3, cv::Scalar(10, 20, 30));
  ASSERT_TRUE(cv::imwrite(file.string(), picture));
  auto source = FrameSource::open(file.string());
  ASSERT_TRUE(source) << source.error().message;
  EXPECT_TRUE((*source)->still());
  for (int i = 0; i < 3; ++i) {
    auto frame = (*source)->next();
    ASSERT_TRUE(frame);
    EXPECT_EQ(frame->size(), picture.size());
    frame->setTo(cv::Scalar::all(0));  // a caller wiping its copy must not wipe the source
  }
  EXPECT_EQ((*(*source)->next()).at<cv::Vec3b>(0, 0), cv::Vec3b(10, 20, 30));
}

TEST(FrameSource, VideoFileStartsAgainAtItsEnd) {
  const fs::path file = scratch("three-frames.avi");
  {
    cv::VideoWriter writer(file.string(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10, {64, 48});
    ASSERT_TRUE(writer.isOpened());
    for (int i = 0; i < 3; ++i) writer.write(cv::Mat(48, 64, CV_8UC3, cv::Scalar::all(80 * i)));
  }
  auto source = FrameSource::open(file.string());
  ASSERT_TRUE(source) << source.error().message;
  EXPECT_FALSE((*source)->still());
  for (int i = 0; i < 7; ++i) EXPECT_TRUE((*source)->next()) << "frame " << i;
}

TEST(FrameSource, WhatCannotBeOpenedSaysSo) {
  auto missing = FrameSource::open(scratch("no-such-picture.png").string());
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().kind, CameraError::Kind::CannotOpen);
  EXPECT_NE(missing.error().message.find("no-such-picture.png"), std::string::npos);
  EXPECT_FALSE(FrameSource::open(""));
  EXPECT_FALSE(FrameSource::open("/dev/video-that-is-not-there"));
}

}  // namespace
}  // namespace foyer::camera
