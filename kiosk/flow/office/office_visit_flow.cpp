#include "kiosk/flow/office/office_visit_flow.hpp"

#include "kiosk/flow/cleanup/wipe_visit_state.hpp"
#include "kiosk/flow/office/attract_state.hpp"
#include "kiosk/flow/office/document/document_check_state.hpp"
#include "kiosk/flow/office/document/document_place_state.hpp"
#include "kiosk/flow/office/document/document_problem_state.hpp"
#include "kiosk/flow/office/document/document_typing_state.hpp"
#include "kiosk/flow/office/done_state.hpp"
#include "kiosk/flow/office/language_state.hpp"
#include "kiosk/flow/office/office_states.hpp"
#include "kiosk/flow/office/photo/photo_capture_state.hpp"
#include "kiosk/flow/office/photo/photo_problem_state.hpp"
#include "kiosk/flow/office/photo/photo_result_state.hpp"
#include "kiosk/flow/office/service_state.hpp"
#include "kiosk/flow/office/summary_state.hpp"

namespace foyer::flow::office {

namespace {

bool needsPhoto(const visit::Visit& visit, const config::Config& config) {
  // Before a service is chosen every step may still come: count it.
  return visit.serviceId.empty() || config.serviceNeeds(visit.serviceId, config::kPhotoStep);
}

}  // namespace

FlowGraph officeVisitFlow() {
  const std::string attract(kAttract), language(kLanguage), service(kService), document(kDocument),
      problem(kDocumentProblem), typing(kDocumentTyping), check(kDocumentCheck), photo(kPhoto), photoResult(kPhotoResult), photoProblem(kPhotoProblem), summary(kSummary), done(kDone),
      wipe(kCleanupWipe);
  FlowGraph graph("office-visit", attract, wipe);
  //        id        kind                 may go to    Back to   implementation
  graph.add({attract, StateKind::Attract, {language}, "", std::make_shared<AttractState>()})
      .add({language, StateKind::Step, {service}, attract, std::make_shared<LanguageState>()})
      .add({service, StateKind::Step, {document}, language, std::make_shared<ServiceState>()})
      // The document step: four screens, one step in the progress bar.
      .add({document, StateKind::Step, {check, problem, typing}, service, std::make_shared<DocumentPlaceState>(),
            document})
      .add({problem, StateKind::Step, {document, typing}, service, std::make_shared<DocumentProblemState>(), document})
      .add({typing, StateKind::Step, {document}, problem, std::make_shared<DocumentTypingState>(), document})
      .add({check, StateKind::Step, {photo, summary, document}, service, std::make_shared<DocumentCheckState>(),
            document})
      // The photo step, for services that need one: live capture, the result, a camera problem.
      .add({photo, StateKind::Step, {photoResult, photoProblem}, check, std::make_shared<PhotoCaptureState>(), photo,
            needsPhoto})
      .add({photoResult, StateKind::Step, {summary, photo}, photo, std::make_shared<PhotoResultState>(), photo,
            needsPhoto})
      .add({photoProblem, StateKind::Step, {photo}, check, std::make_shared<PhotoProblemState>(), photo, needsPhoto})
      .add({summary, StateKind::Step, {done, photoResult}, check, std::make_shared<SummaryState>()})
      .add({done, StateKind::Final, {wipe}, "", std::make_shared<DoneState>()})
      .add({wipe, StateKind::Cleanup, {attract}, "", std::make_shared<WipeVisitState>(attract)});
  return graph;
}

}  // namespace foyer::flow::office
