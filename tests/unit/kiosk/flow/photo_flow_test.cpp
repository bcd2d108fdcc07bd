// The photo step of the office visit, on a manual clock with a scripted photo camera: when it comes,
// what the visitor sees while the station guides, keeping or retaking the photo, staff help after three
// failed attempts, a lost camera, and that nothing of the photo outlives the visit.
#include "tests/unit/kiosk/flow/office_flow_fixture.hpp"

namespace foyer::flow::testing {
namespace {

class PhotoFlow : public OfficeFlow {
 protected:
  void walkToPhoto() {
    act(IntentKind::Start);
    act(IntentKind::ChooseLanguage, "en");
    act(IntentKind::ChooseService, "permit-photo");
    report(document::DocumentReadDone{m_reader.lastId, specimenReading()});
    act(IntentKind::Confirm);
  }
  photo::PhotoGuidance guidance(std::string hint, int passing) {
    photo::PhotoGuidance g;
    g.attemptId = m_camera.lastId;
    g.faceFound = true;
    g.hint = std::move(hint);
    g.passingFrames = passing;
    g.holdFrames = 5;
    return g;
  }
  const visit::PhotoStep& step() { return m_engine.visit().photo; }
  // Time passes with the visitor in front of the camera, as the station reports it.
  void waitWithFace(seconds total) {
    for (seconds done{0}; done < total; done += seconds(10)) {
      wait(seconds(10));
      report(guidance("photo.hint.look_straight", 0));
    }
  }
};

TEST_F(PhotoFlow, AServiceThatNeedsAPhotoGoesFromTheDocumentToTheLiveCamera) {
  walkToPhoto();
  EXPECT_EQ(m_engine.state(), "photo");
  EXPECT_TRUE(m_camera.running);
  EXPECT_EQ(m_engine.view().step, 4);
  EXPECT_EQ(m_engine.view().stepCount, 5);
}

TEST_F(PhotoFlow, TheCameraComparesThePhotoWithTheChipPortraitTheVisitorConfirmed) {
  walkToPhoto();
  const document::Portrait& chip = m_engine.visit().identity->face;
  EXPECT_EQ(m_camera.reference.width, chip.width);
  EXPECT_EQ(m_camera.reference.height, chip.height);
  EXPECT_EQ(m_camera.reference.rgba, chip.rgba);
}

TEST_F(PhotoFlow, WithoutAChipPortraitThePhotoHasNothingToBeComparedWith) {
  act(IntentKind::Start);
  act(IntentKind::ChooseLanguage, "en");
  act(IntentKind::ChooseService, "permit-photo");
  document::IdentityReading printedOnly = specimenReading();
  printedOnly.fromChip = false;
  printedOnly.face = {};
  report(document::DocumentReadDone{m_reader.lastId, printedOnly});
  act(IntentKind::Confirm);
  ASSERT_EQ(m_engine.state(), "photo");
  EXPECT_TRUE(m_camera.reference.empty());
}

TEST_F(PhotoFlow, AServiceWithoutAPhotoGoesStraightToTheSummary) {
  walkToSummary();  // "permit" needs no photo
  EXPECT_EQ(m_engine.state(), "summary");
  EXPECT_EQ(m_camera.starts, 0);
  EXPECT_EQ(m_engine.view().stepCount, 5);
}

TEST_F(PhotoFlow, GuidanceReachesTheScreenAndStaleAttemptsAreIgnored) {
  walkToPhoto();
  report(guidance("photo.hint.move_left", 0));
  EXPECT_EQ(step().hint, "photo.hint.move_left");
  photo::PhotoGuidance old = guidance("photo.hint.closer", 0);
  old.attemptId = m_camera.lastId + 7;
  report(old);
  EXPECT_EQ(step().hint, "photo.hint.move_left") << "a stopped attempt's report must not show";
  report(guidance("photo.hint.hold_still", 3));
  EXPECT_EQ(step().passingFrames, 3);
  EXPECT_EQ(step().holdFrames, 5);
}

TEST_F(PhotoFlow, AFaceBeforeTheCameraKeepsTheVisitAliveWithoutTouches) {
  walkToPhoto();
  for (int i = 0; i < 4; ++i) {
    wait(seconds(40));  // longer in all than the idle timeout (60 s), with a face seen in between
    report(guidance("photo.hint.look_straight", 0));
  }
  EXPECT_FALSE(m_engine.view().idleCountdown.has_value());
  EXPECT_EQ(m_engine.state(), "photo");
  photo::PhotoGuidance nobody = guidance("photo.hint.no_face", 0);
  nobody.faceFound = false;
  report(nobody);
  wait(seconds(61));
  EXPECT_TRUE(m_engine.view().idleCountdown.has_value()) << "nobody there: the idle question comes as usual";
}

TEST_F(PhotoFlow, TheTakenPhotoIsShownAndKeptOnlyWhenTheVisitorSaysSo) {
  walkToPhoto();
  const auto serial = m_engine.visit().photoSerial;
  report(photo::PhotoTaken{m_camera.lastId, takenPhoto()});
  EXPECT_EQ(m_engine.state(), "photo.result");
  EXPECT_FALSE(m_camera.running) << "the camera is stopped once the photo is taken";
  ASSERT_TRUE(step().taken.has_value());
  EXPECT_NE(m_engine.visit().photoSerial, serial) << "the result screen must load the new photo";
  EXPECT_FALSE(step().accepted);
  act(IntentKind::Confirm);
  EXPECT_EQ(m_engine.state(), "summary");
  EXPECT_TRUE(step().accepted);
  act(IntentKind::Back);
  EXPECT_EQ(m_engine.state(), "photo.result") << "Back from the summary returns to the photo";
}

TEST_F(PhotoFlow, RetakeStartsANewAttemptAndForgetsTheOldPhoto) {
  walkToPhoto();
  report(photo::PhotoTaken{m_camera.lastId, takenPhoto()});
  act(IntentKind::Retry);
  EXPECT_EQ(m_engine.state(), "photo");
  EXPECT_FALSE(step().taken.has_value());
  EXPECT_EQ(m_camera.starts, 2);
  EXPECT_EQ(step().failedAttempts, 1);
  EXPECT_FALSE(step().staffHelp);
}

TEST_F(PhotoFlow, ThreeFailedAttemptsOfferStaffHelpAndTheCameraKeepsTrying) {
  walkToPhoto();
  report(photo::PhotoTaken{m_camera.lastId, takenPhoto()});
  act(IntentKind::Retry);  // 1: retake
  waitWithFace(seconds(50));  // 2: no photo in time
  EXPECT_EQ(step().failedAttempts, 2);
  EXPECT_FALSE(step().staffHelp);
  EXPECT_EQ(m_engine.state(), "photo");
  EXPECT_TRUE(m_camera.running);
  waitWithFace(seconds(50));  // 3
  EXPECT_TRUE(step().staffHelp);
  EXPECT_EQ(m_engine.state(), "photo") << "help is offered, the visitor may still succeed";
  report(photo::PhotoTaken{m_camera.lastId, takenPhoto()});
  EXPECT_EQ(m_engine.state(), "photo.result");
}

TEST_F(PhotoFlow, ALostCameraShowsTheProblemAndTryAgainRestartsIt) {
  walkToPhoto();
  report(photo::PhotoFailed{m_camera.lastId, photo::PhotoFailed::Kind::CameraLost, "no frame for 2000 ms"});
  EXPECT_EQ(m_engine.state(), "photo.problem");
  EXPECT_EQ(step().problem, visit::PhotoStep::Problem::CameraLost);
  EXPECT_FALSE(m_camera.running);
  act(IntentKind::Retry);
  EXPECT_EQ(m_engine.state(), "photo");
  EXPECT_TRUE(m_camera.running);
  EXPECT_EQ(step().problem, visit::PhotoStep::Problem::None);
}

TEST_F(PhotoFlow, WithoutAPhotoCameraTheStepSaysItIsOutOfOrder) {
  m_engine.attach(Devices{.documentReader = &m_reader, .photoCamera = nullptr});
  walkToPhoto();
  EXPECT_EQ(m_engine.state(), "photo.problem");
  EXPECT_EQ(step().problem, visit::PhotoStep::Problem::OutOfOrder);
}

TEST_F(PhotoFlow, CancellingForgetsThePhotoAndStopsTheCamera) {
  walkToPhoto();
  report(photo::PhotoTaken{m_camera.lastId, takenPhoto()});
  act(IntentKind::Cancel);
  act(IntentKind::ConfirmCancel);
  EXPECT_TRUE(passedCleanup());
  EXPECT_EQ(m_engine.state(), "attract");
  EXPECT_FALSE(m_camera.running);
  EXPECT_FALSE(step().taken.has_value());
  EXPECT_EQ(step().failedAttempts, 0);
}

TEST(CapturedPhoto, WipingLeavesNoPixelsAndNoFile) {
  photo::CapturedPhoto taken = takenPhoto();
  taken.wipe();
  EXPECT_TRUE(taken.rgba.empty());
  EXPECT_TRUE(taken.encoded.empty());
  EXPECT_EQ(taken.width, 0);
}

}  // namespace
}  // namespace foyer::flow::testing
