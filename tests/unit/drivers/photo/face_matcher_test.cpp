// Face against face with the embedding model the tests fetch (Foyer ships none): the same person across
// different photos scores above the threshold, different people below; a missing or broken model is a
// clear error. Without the model (offline) the tests that need it are skipped and say why.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "drivers/photo/face_matcher.hpp"
#include "tests/unit/drivers/photo/face_model.hpp"
#include "tests/unit/drivers/photo/photo_test_images.hpp"

namespace foyer::photo {
namespace {

FaceMatcher loadMatcher() {
  auto matcher = FaceMatcher::load(testFaceModel());
  if (!matcher) throw std::runtime_error(matcher.error());
  return std::move(*matcher);
}

// The embedding of the largest face in `image`; fails the test when there is none.
FaceEmbedding embedLargest(FaceMatcher& matcher, const cv::Mat& image) {
  const std::vector<FaceLandmarks> faces = testFinder().find(image);
  if (faces.empty()) {
    ADD_FAILURE() << "no face found";
    return {};
  }
  return matcher.embed(image, faces.front());
}

// dlib's clustering example (libdlib19.1's documentation): a collage of four men, six press photos each,
// in different light, pose and age. Read from the package at test time, never copied into Foyer: the
// photos' rights are unclear. The faces the LBP cascade finds, by their centre in the collage.
struct LabelledFace {
  const char* person;
  cv::Point centre;
};
const std::vector<LabelledFace> kCollageFaces = {
    {"A", {144, 165}}, {"A", {141, 468}}, {"A", {621, 198}}, {"A", {649, 516}}, {"A", {124, 1393}},
    {"B", {500, 933}}, {"B", {951, 489}},
    {"C", {445, 1352}}, {"C", {863, 910}}, {"C", {1145, 846}},
    {"D", {1606, 249}}, {"D", {1160, 1395}},
};
const char* const kCollage = "/usr/share/doc/libdlib19.1/examples/faces/bald_guys.jpg";

TEST(FaceMatcher, TheSamePersonInDifferentPhotosScoresAboveTheThresholdAndOthersBelow) {
  if (testFaceModel().empty()) GTEST_SKIP() << kNoFaceModel;
  if (!std::filesystem::exists(kCollage)) GTEST_SKIP() << kCollage << " missing (libdlib19.1)";
  FaceMatcher matcher = loadMatcher();
  const cv::Mat collage = readOrThrow(kCollage);
  // The whole collage at full resolution (the kiosk's finder shrinks frames to 640 px; these faces are small).
  const auto finder = FaceFinder::load(FaceModels{}, collage.cols);
  ASSERT_TRUE(finder.has_value()) << finder.error();
  const std::vector<FaceLandmarks> found = finder->find(collage);
  std::vector<FaceEmbedding> embeddings;
  for (const LabelledFace& face : kCollageFaces) {
    const auto at = std::find_if(found.begin(), found.end(), [&](const FaceLandmarks& f) {
      return cv::norm((f.box.tl() + f.box.br()) / 2 - face.centre) < 20;
    });
    ASSERT_NE(at, found.end()) << "no face at " << face.centre;
    embeddings.push_back(matcher.embed(collage, *at));
    ASSERT_FALSE(embeddings.back().empty());
  }
  int genuine = 0;
  int impostor = 0;
  for (std::size_t i = 0; i < embeddings.size(); ++i) {
    for (std::size_t j = i + 1; j < embeddings.size(); ++j) {
      const double score = similarity(embeddings[i], embeddings[j]);
      const bool same = std::string(kCollageFaces[i].person) == kCollageFaces[j].person;
      (same ? genuine : impostor) += 1;
      if (same) {
        EXPECT_GE(score, kDefaultFaceMatchThreshold) << "same person at " << kCollageFaces[i].centre << " and " << kCollageFaces[j].centre;
      } else {
        EXPECT_LT(score, kDefaultFaceMatchThreshold) << "different people at " << kCollageFaces[i].centre << " and " << kCollageFaces[j].centre;
      }
    }
  }
  EXPECT_EQ(genuine, 15);
  EXPECT_EQ(impostor, 51);
}

TEST(FaceMatcher, TheSimulatedVisitorMatchesHerPortraitAndNotAnotherPerson) {
  if (testFaceModel().empty()) GTEST_SKIP() << kNoFaceModel;
  FaceMatcher matcher = loadMatcher();
  const FaceEmbedding live = embedLargest(matcher, cameraFrame("still.jpg"));
  const FaceEmbedding chip = embedLargest(matcher, testImage("astronaut-portrait.jpg"));
  const FaceEmbedding other = embedLargest(matcher, testImage("grace-hopper.jpg"));
  EXPECT_GE(similarity(live, chip), kDefaultFaceMatchThreshold);
  EXPECT_LT(similarity(live, other), kDefaultFaceMatchThreshold);
  EXPECT_LT(similarity(chip, other), kDefaultFaceMatchThreshold);
}

TEST(FaceMatcher, ASmallGreyChipPortraitStillMatches) {
  // Chips store small, strongly compressed portraits; some in grey.
  if (testFaceModel().empty()) GTEST_SKIP() << kNoFaceModel;
  FaceMatcher matcher = loadMatcher();
  cv::Mat small;
  cv::resize(testImage("astronaut-portrait.jpg"), small, cv::Size(240, 309), 0, 0, cv::INTER_AREA);
  cv::Mat grey;
  cv::cvtColor(small, grey, cv::COLOR_BGR2GRAY);
  std::vector<std::uint8_t> jpeg;
  cv::imencode(".jpg", grey, jpeg, {cv::IMWRITE_JPEG_QUALITY, 40});
  const cv::Mat chip = cv::imdecode(jpeg, cv::IMREAD_GRAYSCALE);
  EXPECT_GE(similarity(embedLargest(matcher, cameraFrame("still.jpg")), embedLargest(matcher, chip)),
            kDefaultFaceMatchThreshold);
}

TEST(FaceMatcher, AlignmentUsesTheEyesTheNoseTipAndTheMouthCornersInTemplateOrder) {
  const std::vector<FaceLandmarks> faces = testFinder().find(testImage("astronaut-portrait.jpg"));
  ASSERT_FALSE(faces.empty());
  const auto points = alignmentPoints(faces.front());
  EXPECT_LT(points[0].x, points[1].x) << "the eye on the frame's left comes first";
  EXPECT_LT(points[3].x, points[4].x) << "the mouth corner on the frame's left comes first";
  EXPECT_GT(points[2].y, std::max(points[0].y, points[1].y)) << "the nose tip is below the eyes";
  EXPECT_LT(points[2].y, std::min(points[3].y, points[4].y)) << "... and above the mouth";
}

TEST(FaceMatcher, AMissingOrBrokenModelIsAClearErrorNotACrash) {
  const auto none = FaceMatcher::load("");
  ASSERT_FALSE(none.has_value());
  EXPECT_NE(none.error().find("photo.face_model"), std::string::npos);
  const auto missing = FaceMatcher::load("/nonexistent/face.onnx");
  ASSERT_FALSE(missing.has_value());
  EXPECT_NE(missing.error().find("not found"), std::string::npos);
  const auto file = std::filesystem::temp_directory_path() / "foyer-broken-face-model.onnx";
  std::ofstream(file) << "this is not an ONNX network";
  const auto broken = FaceMatcher::load(file);
  ASSERT_FALSE(broken.has_value());
  EXPECT_NE(broken.error().find("could not be loaded"), std::string::npos) << broken.error();
}

TEST(FaceMatcher, AWipedEmbeddingMatchesNothing) {
  if (testFaceModel().empty()) GTEST_SKIP() << kNoFaceModel;
  FaceMatcher matcher = loadMatcher();
  const cv::Mat frame = cameraFrame("still.jpg");
  FaceEmbedding a = embedLargest(matcher, frame);
  const FaceEmbedding b = embedLargest(matcher, frame);
  EXPECT_GT(similarity(a, b), 0.99) << "the same frame twice";
  a.wipe();
  EXPECT_TRUE(a.empty());
  EXPECT_EQ(similarity(a, b), 0);
}

}  // namespace
}  // namespace foyer::photo
