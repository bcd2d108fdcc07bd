#include "kiosk/flow/office/office_visit_flow.hpp"

#include "kiosk/flow/cleanup/wipe_visit_state.hpp"
#include "kiosk/flow/office/attract_state.hpp"
#include "kiosk/flow/office/document/document_check_state.hpp"
#include "kiosk/flow/office/document/document_place_state.hpp"
#include "kiosk/flow/office/document/document_problem_state.hpp"
#include "kiosk/flow/office/document/document_typing_state.hpp"
#include "kiosk/flow/office/done_state.hpp"
#include "kiosk/flow/office/finish_state.hpp"
#include "kiosk/flow/office/fingerprint/fingerprint_capture_state.hpp"
#include "kiosk/flow/office/fingerprint/fingerprint_problem_state.hpp"
#include "kiosk/flow/office/language_state.hpp"
#include "kiosk/flow/office/office_states.hpp"
#include "kiosk/flow/office/payment/payment_state.hpp"
#include "kiosk/flow/office/photo/photo_capture_state.hpp"
#include "kiosk/flow/office/photo/photo_problem_state.hpp"
#include "kiosk/flow/office/photo/photo_result_state.hpp"
#include "kiosk/flow/office/service_state.hpp"
#include "kiosk/flow/office/signature/signature_state.hpp"
#include "kiosk/flow/office/summary_state.hpp"

namespace foyer::flow::office {

namespace {

// Before a service is chosen every step may still come: count it.
bool needsPhoto(const visit::Visit& visit, const config::Config& config) {
  return visit.serviceId.empty() || config.serviceNeeds(visit.serviceId, config::kPhotoStep);
}
bool needsFingerprints(const visit::Visit& visit, const config::Config& config) {
  return visit.serviceId.empty() || config.serviceNeeds(visit.serviceId, config::kFingerprintsStep);
}
bool needsSignature(const visit::Visit& visit, const config::Config& config) {
  return visit.serviceId.empty() || config.serviceNeeds(visit.serviceId, config::kSignatureStep);
}
bool needsPayment(const visit::Visit& visit, const config::Config& config) {
  const config::ServiceConfig* service = config.findService(visit.serviceId);
  return visit.serviceId.empty() || (service != nullptr && service->feeCents > 0);
}

// Staff redo: what each step forgets before the visitor does it again. `detail` names the hand for
// fingerprints ("right" or "left"); a photo or signature is redone whole.
std::vector<std::string> whole(bool has) { return has ? std::vector<std::string>{""} : std::vector<std::string>{}; }

std::vector<std::string> photoChoices(const visit::Visit& visit) { return whole(visit.photo.taken.has_value()); }
void redoPhoto(visit::Visit& visit, std::string_view /*detail*/) {
  visit::wipePhotoStep(visit.photo);
  ++visit.photoSerial;
}
std::vector<std::string> fingerprintChoices(const visit::Visit& visit) {
  std::vector<std::string> hands;
  if (visit.fingerprints.best[0]) hands.emplace_back("right");
  if (visit.fingerprints.best[1]) hands.emplace_back("left");
  return hands;
}
void redoFingerprints(visit::Visit& visit, std::string_view detail) {
  visit::FingerprintStep& step = visit.fingerprints;
  if (!step.plan) return;
  const std::size_t hand = detail == "left" ? 1 : 0;
  step.plan->redoHand(hand == 1 ? fingerprint::kLeftIndex : fingerprint::kRightIndex);
  if (step.best[hand]) step.best[hand]->wipe();
  step.best[hand].reset();
  step.approvedByStaff[hand] = false;
  if (step.last) step.last->wipe();
  step.last.reset();
  ++visit.fingerprintSerial;
}
std::vector<std::string> signatureChoices(const visit::Visit& visit) {
  return whole(visit.signature.capture.has_value());
}
void redoSignature(visit::Visit& visit, std::string_view /*detail*/) { visit::wipeSignatureStep(visit.signature); }

}  // namespace

FlowGraph officeVisitFlow() {
  const std::string attract(kAttract), language(kLanguage), service(kService), document(kDocument),
      problem(kDocumentProblem), typing(kDocumentTyping), check(kDocumentCheck), photo(kPhoto),
      photoResult(kPhotoResult), photoProblem(kPhotoProblem), fingerprints(kFingerprints),
      fingerprintsProblem(kFingerprintsProblem), signature(kSignature), summary(kSummary), payment(kPayment),
      paymentProblem(kPaymentProblem), finish(kFinish), done(kDone),
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
      .add({check, StateKind::Step, {photo, fingerprints, signature, summary, document}, service,
            std::make_shared<DocumentCheckState>(), document})
      // The photo step, for services that need one: live capture, the result, a camera problem.
      .add({photo, StateKind::Step, {photoResult, photoProblem}, check, std::make_shared<PhotoCaptureState>(), photo,
            needsPhoto})
      // Each capture step goes on to the next one the service needs, or back to where staff sent the
      // visitor from to redo it (a later step or the summary).
      .add({photoResult, StateKind::Step, {fingerprints, signature, summary, photo}, photo,
            std::make_shared<PhotoResultState>(), photo, needsPhoto})
      .add({photoProblem, StateKind::Step, {photo}, check, std::make_shared<PhotoProblemState>(), photo, needsPhoto})
      .add({fingerprints, StateKind::Step, {fingerprintsProblem, signature, summary, photoResult, check}, check,
            std::make_shared<FingerprintCaptureState>(), fingerprints, needsFingerprints})
      .add({fingerprintsProblem, StateKind::Step, {fingerprints}, check, std::make_shared<FingerprintProblemState>(),
            fingerprints, needsFingerprints})
      .add({signature, StateKind::Step, {summary, fingerprints, photoResult, check}, check,
            std::make_shared<SignatureState>(), signature, needsSignature})
      .add({summary, StateKind::Step, {payment, photoResult, fingerprints, signature}, check,
            std::make_shared<SummaryState>()})
      // Paying the fee (skipped without one), then the ticket and the printout.
      // No Back while a card may be in the terminal: Cancel asks the terminal to stop instead.
      .add({payment, StateKind::Step, {paymentProblem, finish}, "", std::make_shared<PaymentState>(), payment,
            needsPayment})
      .add({paymentProblem, StateKind::Step, {payment, finish}, summary, std::make_shared<PaymentProblemState>(),
            payment, needsPayment})
      .add({finish, StateKind::Final, {done}, "", std::make_shared<FinishState>()})
      .add({done, StateKind::Final, {wipe}, "", std::make_shared<DoneState>()})
      .add({wipe, StateKind::Cleanup, {attract}, "", std::make_shared<WipeVisitState>(attract)});
  // Steps staff may send a visitor back to, and what each forgets first.
  graph.addRedo({std::string(config::kPhotoStep), photo, photoChoices, redoPhoto})
      .addRedo({std::string(config::kFingerprintsStep), fingerprints, fingerprintChoices, redoFingerprints})
      .addRedo({std::string(config::kSignatureStep), signature, signatureChoices, redoSignature});
  return graph;
}

}  // namespace foyer::flow::office
