#include "kiosk/flow/flow_engine.hpp"

#include <algorithm>
#include <thread>

#include <gtest/gtest.h>

#include "tests/unit/kiosk/flow/office_flow_fixture.hpp"

namespace foyer::flow {
namespace {

using std::chrono::seconds;
using testing::OfficeFlow;
using testing::specimenReading;
using testing::testConfig;

TEST_F(OfficeFlow, StartsInTheAttractLoopWithTheDefaultLanguage) {
  EXPECT_EQ(m_engine.state(), "attract");
  EXPECT_EQ(m_engine.visit().language, "de");
  EXPECT_FALSE(m_engine.view().canCancel);
}

TEST_F(OfficeFlow, WalksToTheSummaryRecordingChoices) {
  walkToSummary();
  EXPECT_EQ(m_engine.state(), "summary");
  EXPECT_EQ(m_engine.visit().language, "ar");
  EXPECT_EQ(m_engine.visit().serviceId, "permit");
  const FlowView view = m_engine.view();
  EXPECT_EQ(view.step, 4);
  EXPECT_EQ(view.stepCount, 5);  // the fee is paid after the summary
  EXPECT_TRUE(view.canGoBack);
  EXPECT_EQ(m_engine.visitsStarted(), 1U);
}

TEST_F(OfficeFlow, IgnoresLanguagesAndServicesNotOffered) {
  act(IntentKind::Start);
  act(IntentKind::ChooseLanguage, "fr");
  EXPECT_EQ(m_engine.state(), "language");
  act(IntentKind::ChooseLanguage, "en");
  act(IntentKind::ChooseService, "no-such-service");
  EXPECT_EQ(m_engine.state(), "service");
  EXPECT_TRUE(m_engine.visit().serviceId.empty());
}

TEST_F(OfficeFlow, CancelAsksFirstThenEndsTheVisitThroughCleanup) {
  walkToSummary();
  act(IntentKind::Cancel);
  EXPECT_TRUE(m_engine.view().cancelQuestionOpen);
  act(IntentKind::Confirm);  // anything but the answer is ignored while the question shows
  EXPECT_EQ(m_engine.state(), "summary");
  act(IntentKind::ConfirmCancel);
  EXPECT_EQ(m_engine.state(), "attract");
  EXPECT_TRUE(passedCleanup());
  EXPECT_EQ(m_engine.visit().language, "de");
  EXPECT_TRUE(m_engine.visit().serviceId.empty());
  EXPECT_EQ(m_engine.lastAbortReason(), "cancelled by the visitor");
}

TEST_F(OfficeFlow, BackFromTheFirstStepEndsTheVisitThroughCleanup) {
  act(IntentKind::Start);
  act(IntentKind::ChooseLanguage, "en");
  act(IntentKind::Back);
  EXPECT_EQ(m_engine.state(), "language");
  EXPECT_FALSE(passedCleanup());
  act(IntentKind::Back);
  EXPECT_EQ(m_engine.state(), "attract");
  EXPECT_TRUE(passedCleanup());
}

TEST_F(OfficeFlow, IdleAsksThenCountsDownThenResets) {
  walkToSummary();
  wait(seconds(59));
  EXPECT_FALSE(m_engine.view().idleCountdown);
  wait(seconds(1));
  ASSERT_TRUE(m_engine.view().idleCountdown);
  EXPECT_EQ(*m_engine.view().idleCountdown, seconds(20));
  wait(seconds(5));
  EXPECT_EQ(*m_engine.view().idleCountdown, seconds(15));
  wait(seconds(15));
  EXPECT_EQ(m_engine.state(), "attract");
  EXPECT_TRUE(passedCleanup());
  EXPECT_EQ(m_engine.lastAbortReason(), "idle timeout");
}

TEST_F(OfficeFlow, ActivityAnswersTheIdleQuestionAndRestartsTheTimer) {
  walkToSummary();
  wait(seconds(60));
  ASSERT_TRUE(m_engine.view().idleCountdown);
  m_engine.noteActivity();
  EXPECT_FALSE(m_engine.view().idleCountdown);
  wait(seconds(59));
  EXPECT_FALSE(m_engine.view().idleCountdown);
  EXPECT_EQ(m_engine.state(), "summary");
}

TEST_F(OfficeFlow, IdleQuestionBlocksOtherIntents) {
  walkToSummary();
  wait(seconds(60));
  act(IntentKind::Confirm);
  EXPECT_EQ(m_engine.state(), "summary");
  act(IntentKind::StillHere);
  EXPECT_FALSE(m_engine.view().idleCountdown);
}

TEST_F(OfficeFlow, DeviceFaultEndsTheVisitThroughCleanup) {
  walkToSummary();
  m_engine.events().post(DeviceFault{"printer", "paper out"});
  EXPECT_EQ(m_engine.state(), "summary") << "events act only when the frame loop pumps them";
  m_engine.pump();
  EXPECT_EQ(m_engine.state(), "attract");
  EXPECT_TRUE(passedCleanup());
  EXPECT_EQ(m_engine.lastAbortReason(), "device fault: printer: paper out");
}

TEST_F(OfficeFlow, EventsPostedFromAnotherThreadArriveAtTheNextPump) {
  walkToSummary();
  std::thread driver([this] { m_engine.events().post(DeviceFault{"camera", "unplugged"}); });
  driver.join();
  m_engine.pump();
  EXPECT_EQ(m_engine.state(), "attract");
}

TEST_F(OfficeFlow, FinishedVisitLeavesByItselfThroughCleanup) {
  walkToSummary();
  act(IntentKind::Confirm);
  ASSERT_EQ(m_engine.state(), "payment.problem");  // no card terminal here
  act(IntentKind::Confirm, "counter");
  ASSERT_EQ(m_engine.state(), "done");
  EXPECT_FALSE(m_engine.view().canCancel);
  wait(seconds(120));  // no idle question on the final screen; its own timer ends it
  EXPECT_EQ(m_engine.state(), "attract");
  EXPECT_TRUE(passedCleanup());
  EXPECT_EQ(m_engine.visit().language, "de");
}

TEST_F(OfficeFlow, HelpIsAnOverlayNotAState) {
  act(IntentKind::Start);
  act(IntentKind::Help);
  EXPECT_TRUE(m_engine.view().helpOpen);
  act(IntentKind::ChooseLanguage, "en");  // the help panel covers the page
  EXPECT_EQ(m_engine.state(), "language");
  act(IntentKind::CloseHelp);
  EXPECT_FALSE(m_engine.view().helpOpen);
  act(IntentKind::ChooseLanguage, "en");
  EXPECT_EQ(m_engine.state(), "service");
}

TEST_F(OfficeFlow, EachVisitGetsANewNumber) {
  walkToSummary();
  act(IntentKind::Cancel);
  act(IntentKind::ConfirmCancel);
  act(IntentKind::Start);
  EXPECT_EQ(m_engine.visitsStarted(), 2U);
  EXPECT_EQ(m_engine.visit().number, 2U);
}

// A state that tries to jump where the graph does not allow.
class RogueState final : public FlowState {
 public:
  bool handleIntent(StateContext& context, const Intent& intent) override {
    if (intent.kind != IntentKind::Confirm) return false;
    context.go("attract");
    return true;
  }
};

class NoopState final : public FlowState {};

class GoOnStart final : public FlowState {
 public:
  bool handleIntent(StateContext& context, const Intent& intent) override {
    if (intent.kind != IntentKind::Start) return false;
    context.go("step");
    return true;
  }
};

class ReturnState final : public FlowState {
 public:
  void enter(StateContext& context) override { context.go("start"); }
};

TEST(FlowEngineSafety, IllegalTransitionEndsTheVisitThroughCleanupInsteadOfJumping) {
  FlowGraph graph("rogue", "start", "cleanup");
  graph.add({"start", StateKind::Attract, {"step"}, "", std::make_shared<GoOnStart>()})
      .add({"step", StateKind::Step, {}, "", std::make_shared<RogueState>()})
      .add({"elsewhere", StateKind::Step, {}, "", std::make_shared<NoopState>()})
      .add({"cleanup", StateKind::Cleanup, {"start"}, "", std::make_shared<ReturnState>()});
  // RogueState asks for "attract", which is not even declared here; an undeclared or unlisted target
  // must never be entered.
  config::Config config = testConfig();
  ManualClock clock;
  FlowEngine engine(std::move(graph), config, clock);
  engine.dispatch(Intent{IntentKind::Start, {}});
  ASSERT_EQ(engine.state(), "step");
  engine.dispatch(Intent{IntentKind::Confirm, {}});
  EXPECT_EQ(engine.state(), "start");
  const auto& history = engine.history();
  EXPECT_NE(std::find(history.begin(), history.end(), "cleanup"), history.end());
}

// Goes to a fixed target when confirmed.
class GoTo final : public FlowState {
 public:
  explicit GoTo(std::string target) : m_target(std::move(target)) {}
  bool handleIntent(StateContext& context, const Intent& intent) override {
    if (intent.kind != IntentKind::Confirm) return false;
    context.go(m_target);
    return true;
  }

 private:
  std::string m_target;
};

FlowGraph twoStepGraph(std::shared_ptr<FlowState> step) {
  FlowGraph graph("g", "start", "cleanup");
  graph.add({"start", StateKind::Attract, {"step"}, "", std::make_shared<GoOnStart>()})
      .add({"step", StateKind::Step, {}, "start", std::move(step)})
      .add({"cleanup", StateKind::Cleanup, {"start"}, "", std::make_shared<ReturnState>()});
  return graph;
}

bool passed(const FlowEngine& engine, std::string_view state) {
  const auto& history = engine.history();
  return std::find(history.begin(), history.end(), state) != history.end();
}

TEST(FlowEngineSafety, GoingToTheBackTargetThatIsTheStartStillPassesCleanup) {
  config::Config config = testConfig();
  ManualClock clock;
  FlowEngine engine(twoStepGraph(std::make_shared<GoTo>("start")), config, clock);
  engine.dispatch(Intent{IntentKind::Start, {}});
  engine.dispatch(Intent{IntentKind::Confirm, {}});
  EXPECT_EQ(engine.state(), "start");
  EXPECT_TRUE(passed(engine, "cleanup"));
}

TEST(FlowEngineSafety, GoingNowhereEndsTheVisitInsteadOfCrashing) {
  config::Config config = testConfig();
  ManualClock clock;
  FlowEngine engine(twoStepGraph(std::make_shared<GoTo>("")), config, clock);
  engine.dispatch(Intent{IntentKind::Start, {}});
  engine.dispatch(Intent{IntentKind::Confirm, {}});
  EXPECT_EQ(engine.state(), "start");
  EXPECT_TRUE(passed(engine, "cleanup"));
}

// Enters and immediately moves on to `next`: two of these pointing at each other loop forever.
class Bounce final : public FlowState {
 public:
  explicit Bounce(std::string next) : m_next(std::move(next)) {}
  void enter(StateContext& context) override {
    context.visit().serviceId = "entered";
    context.go(m_next);
  }

 private:
  std::string m_next;
};

class StartToA final : public FlowState {
 public:
  bool handleIntent(StateContext& context, const Intent& intent) override {
    if (intent.kind != IntentKind::Start) return false;
    context.go("a");
    return true;
  }
};

TEST(FlowEngineSafety, TransitionLoopIsBrokenAndTheVisitWiped) {
  FlowGraph graph("loop", "start", "cleanup");
  graph.add({"start", StateKind::Attract, {"a"}, "", std::make_shared<StartToA>()})
      .add({"a", StateKind::Step, {"b"}, "", std::make_shared<Bounce>("b")})
      .add({"b", StateKind::Step, {"a"}, "", std::make_shared<Bounce>("a")})
      .add({"cleanup", StateKind::Cleanup, {"start"}, "", std::make_shared<ReturnState>()});
  config::Config config = testConfig();
  ManualClock clock;
  FlowEngine engine(std::move(graph), config, clock);
  engine.dispatch(Intent{IntentKind::Start, {}});  // must return, not hang
  EXPECT_EQ(engine.state(), "start");
  EXPECT_TRUE(engine.visit().serviceId.empty()) << "data from the looping visit must not survive";
}

// Starts two timers; the first to expire moves on, so the second must never reach the next state.
class TwoTimers final : public FlowState {
 public:
  void enter(StateContext& context) override {
    context.startTimer("first", std::chrono::seconds(1));
    context.startTimer("second", std::chrono::seconds(2));
  }
  bool handleEvent(StateContext& context, const Event& event) override {
    if (std::get_if<TimerExpired>(&event) == nullptr) return false;
    context.go("other");
    return true;
  }
};

class CountTimers final : public FlowState {
 public:
  explicit CountTimers(int& seen) : m_seen(seen) {}
  bool handleEvent(StateContext& /*context*/, const Event& event) override {
    if (std::get_if<TimerExpired>(&event) != nullptr) ++m_seen;
    return true;
  }

 private:
  int& m_seen;
};

TEST(FlowEngineSafety, TimersOfAStateThatWasLeftDoNotFireInTheNextOne) {
  int seenByOther = 0;
  FlowGraph graph("timers", "start", "cleanup");
  graph.add({"start", StateKind::Attract, {"step"}, "", std::make_shared<GoOnStart>()})
      .add({"step", StateKind::Step, {"other"}, "", std::make_shared<TwoTimers>()})
      .add({"other", StateKind::Step, {}, "", std::make_shared<CountTimers>(seenByOther)})
      .add({"cleanup", StateKind::Cleanup, {"start"}, "", std::make_shared<ReturnState>()});
  config::Config config = testConfig();
  ManualClock clock;
  FlowEngine engine(std::move(graph), config, clock);
  engine.dispatch(Intent{IntentKind::Start, {}});
  clock.advance(seconds(5));  // both deadlines pass within one frame (a stall, a resume from suspend)
  engine.pump();
  EXPECT_EQ(engine.state(), "other");
  EXPECT_EQ(seenByOther, 0);
}

TEST(FlowEngineSafety, UnsoundGraphIsRefusedAtConstruction) {
  FlowGraph graph("broken", "start", "cleanup");
  graph.add({"start", StateKind::Attract, {"missing"}, "", std::make_shared<NoopState>()});
  config::Config config = testConfig();
  ManualClock clock;
  EXPECT_THROW(FlowEngine(std::move(graph), config, clock), std::logic_error);
}

}  // namespace
}  // namespace foyer::flow
