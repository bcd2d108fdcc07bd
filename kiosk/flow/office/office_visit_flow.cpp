#include "kiosk/flow/office/office_visit_flow.hpp"

#include "kiosk/flow/cleanup/wipe_visit_state.hpp"
#include "kiosk/flow/office/attract_state.hpp"
#include "kiosk/flow/office/done_state.hpp"
#include "kiosk/flow/office/language_state.hpp"
#include "kiosk/flow/office/office_states.hpp"
#include "kiosk/flow/office/service_state.hpp"
#include "kiosk/flow/office/summary_state.hpp"

namespace foyer::flow::office {

FlowGraph officeVisitFlow() {
  const std::string attract(kAttract), language(kLanguage), service(kService), summary(kSummary), done(kDone),
      wipe(kCleanupWipe);
  FlowGraph graph("office-visit", attract, wipe);
  //        id        kind                 may go to    Back to   implementation
  graph.add({attract, StateKind::Attract, {language}, "", std::make_shared<AttractState>()})
      .add({language, StateKind::Step, {service}, attract, std::make_shared<LanguageState>()})
      .add({service, StateKind::Step, {summary}, language, std::make_shared<ServiceState>()})
      .add({summary, StateKind::Step, {done}, service, std::make_shared<SummaryState>()})
      .add({done, StateKind::Final, {wipe}, "", std::make_shared<DoneState>()})
      .add({wipe, StateKind::Cleanup, {attract}, "", std::make_shared<WipeVisitState>(attract)});
  return graph;
}

}  // namespace foyer::flow::office
