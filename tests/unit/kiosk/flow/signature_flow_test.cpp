// The signature step: strokes arrive as the screen's touch intents with the flow's own timing, "Done"
// keeps a signature that passes the ink check and refuses a dot with an instruction, "Clear" forgets.
#include <cmath>

#include "tests/unit/kiosk/flow/office_flow_fixture.hpp"

namespace foyer::flow::testing {
namespace {

class SignatureFlow : public OfficeFlow {
 protected:
  void walkToSignature() {
    act(IntentKind::Start);
    act(IntentKind::ChooseLanguage, "en");
    act(IntentKind::ChooseService, "permit-signs");
    report(document::DocumentReadDone{m_reader.lastId, specimenReading()});
    act(IntentKind::Confirm);
  }
  static std::string at(double x, double y) { return std::to_string(x) + "," + std::to_string(y); }
  // A hand-written-looking line across most of the field, 10 ms per point.
  void sign() {
    act(IntentKind::InkDown, at(0.1, 0.5));
    for (int i = 1; i <= 80; ++i) {
      m_clock.advance(std::chrono::milliseconds(10));
      act(IntentKind::InkMove, at(0.1 + i * 0.01, 0.5 + 0.3 * std::sin(i * 0.4)));
    }
    act(IntentKind::InkUp);
  }
  const visit::SignatureStep& step() { return m_engine.visit().signature; }

  void SetUp() override {
    config::ServiceConfig signs;
    signs.id = "permit-signs";
    signs.steps = {"signature"};
    signs.title.set("en", "Signature only");
    m_config.services.push_back(signs);
  }
};

TEST_F(SignatureFlow, ASignatureIsKeptWithItsTimingAndTheVisitGoesOn) {
  walkToSignature();
  ASSERT_EQ(m_engine.state(), "signature");
  sign();
  act(IntentKind::Confirm);
  EXPECT_EQ(m_engine.state(), "summary");
  ASSERT_TRUE(step().capture.has_value());
  const auto& strokes = step().capture->strokes;
  ASSERT_EQ(strokes.size(), 1U);
  EXPECT_EQ(strokes[0].front().ms, 0U);
  EXPECT_EQ(strokes[0].back().ms, 800U) << "80 moves, 10 ms apart";
  EXPECT_EQ(step().capture->image.width, m_config.signature.imageWidth);
  EXPECT_NEAR(double(step().capture->image.width) / step().capture->image.height, m_config.signature.aspectRatio, 0.01);
  EXPECT_FALSE(step().capture->png.empty());
}

TEST_F(SignatureFlow, ADotIsRefusedWithAnInstructionAndNothingIsKept) {
  walkToSignature();
  act(IntentKind::InkDown, at(0.5, 0.5));
  act(IntentKind::InkUp);
  act(IntentKind::Confirm);
  EXPECT_EQ(m_engine.state(), "signature");
  EXPECT_EQ(step().hint, "signature.hint.more");
  EXPECT_FALSE(step().capture.has_value());
}

TEST_F(SignatureFlow, AnEmptyFieldIsRefused) {
  walkToSignature();
  act(IntentKind::Confirm);
  EXPECT_EQ(m_engine.state(), "signature");
  EXPECT_EQ(step().hint, "signature.hint.empty");
}

TEST_F(SignatureFlow, ClearForgetsTheStrokes) {
  walkToSignature();
  sign();
  act(IntentKind::Retry);
  EXPECT_TRUE(step().pad.empty());
  act(IntentKind::Confirm);
  EXPECT_EQ(step().hint, "signature.hint.empty");
}

TEST_F(SignatureFlow, GarbledPointsFromAScreenAreIgnored) {
  walkToSignature();
  act(IntentKind::InkDown, "left,top");
  act(IntentKind::InkMove, "0.5");
  EXPECT_TRUE(step().pad.empty());
}

}  // namespace
}  // namespace foyer::flow::testing
