#include "kiosk/flow/flow_graph.hpp"

#include <gtest/gtest.h>

#include "kiosk/flow/office/office_visit_flow.hpp"

namespace foyer::flow {
namespace {

class Noop final : public FlowState {};

std::shared_ptr<FlowState> noop() { return std::make_shared<Noop>(); }

bool mentions(const std::vector<std::string>& problems, std::string_view text) {
  for (const auto& problem : problems) {
    if (problem.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST(FlowGraph, OfficeVisitIsSound) {
  const FlowGraph graph = office::officeVisitFlow();
  EXPECT_TRUE(graph.problems().empty());
  // language, service, the document step (four screens, one step), the photo step (three), the
  // fingerprints (two), the signature, summary, the payment (two).
  EXPECT_EQ(graph.stepCount(), 8);
  EXPECT_EQ(graph.stepNumber("language"), 1);
  EXPECT_EQ(graph.stepNumber("document"), 3);
  EXPECT_EQ(graph.stepNumber("document.typing"), 3);
  EXPECT_EQ(graph.stepNumber("document.check"), 3);
  EXPECT_EQ(graph.stepNumber("photo"), 4);
  EXPECT_EQ(graph.stepNumber("photo.result"), 4);
  EXPECT_EQ(graph.stepNumber("fingerprints.problem"), 5);
  EXPECT_EQ(graph.stepNumber("signature"), 6);
  EXPECT_EQ(graph.stepNumber("summary"), 7);
  EXPECT_EQ(graph.stepNumber("payment.problem"), 8);
  EXPECT_EQ(graph.stepNumber("finish"), 0);  // not a step: the visit is complete
  EXPECT_EQ(graph.stepNumber("attract"), 0);
}

TEST(FlowGraph, AServiceWithoutAPhotoLeavesThePhotoStepOutOfTheCount) {
  const FlowGraph graph = office::officeVisitFlow();
  config::Config config;
  config::ServiceConfig withPhoto;
  withPhoto.id = "permit";
  withPhoto.steps = {"photo"};
  config::ServiceConfig without;
  without.id = "address";
  config.services = {withPhoto, without};
  visit::Visit visit;
  visit.serviceId = "address";
  EXPECT_EQ(graph.stepCount(visit, config), 4);
  EXPECT_EQ(graph.stepNumber("summary", visit, config), 4);
  visit.serviceId = "permit";
  EXPECT_EQ(graph.stepCount(visit, config), 5);
  EXPECT_EQ(graph.stepNumber("summary", visit, config), 5);
}

TEST(FlowGraph, EveryOfficeStateCanReachTheAbortPath) {
  const FlowGraph graph = office::officeVisitFlow();
  for (const StateSpec& spec : graph.states()) {
    EXPECT_TRUE(graph.allows(spec.id, graph.abortState())) << spec.id;
  }
}

TEST(FlowGraph, ReturningToTheStartWithoutCleanupIsRefused) {
  FlowGraph graph("g", "start", "wipe");
  graph.add({"start", StateKind::Attract, {"step"}, "", noop()})
      .add({"step", StateKind::Step, {"start"}, "", noop()})
      .add({"wipe", StateKind::Cleanup, {"start"}, "", noop()});
  EXPECT_TRUE(mentions(graph.problems(), "'step' returns to the start without cleanup"));
}

TEST(FlowGraph, CleanupMustLeadBackToTheStartWithoutEnteringAVisit) {
  FlowGraph graph("g", "start", "wipe");
  graph.add({"start", StateKind::Attract, {"step"}, "", noop()})
      .add({"step", StateKind::Step, {}, "", noop()})
      .add({"wipe", StateKind::Cleanup, {"step"}, "", noop()});
  const auto problems = graph.problems();
  EXPECT_TRUE(mentions(problems, "cleanup path enters non-cleanup state 'step'"));
  EXPECT_TRUE(mentions(problems, "never returns to the start"));
}

TEST(FlowGraph, UndeclaredTargetsAndDuplicatesAreFound) {
  FlowGraph graph("g", "start", "wipe");
  graph.add({"start", StateKind::Attract, {"nowhere"}, "", noop()})
      .add({"start", StateKind::Attract, {}, "", noop()})
      .add({"step", StateKind::Step, {}, "gone", nullptr})
      .add({"wipe", StateKind::Step, {"start"}, "", noop()});
  const auto problems = graph.problems();
  EXPECT_TRUE(mentions(problems, "undeclared 'nowhere'"));
  EXPECT_TRUE(mentions(problems, "declared twice"));
  EXPECT_TRUE(mentions(problems, "back to undeclared 'gone'"));
  EXPECT_TRUE(mentions(problems, "'step' has no implementation"));
  EXPECT_TRUE(mentions(problems, "abort state 'wipe' is not a Cleanup state"));
}

}  // namespace
}  // namespace foyer::flow
