#include "kiosk/visit/visit.hpp"

#include "kiosk/visit/secure_wipe.hpp"

namespace foyer::visit {

void wipeDocumentStep(DocumentStep& step) {
  secureWipe(step.typed.documentNumber);
  secureWipe(step.typed.birthDate);
  secureWipe(step.typed.expiryDate);
  step = DocumentStep{};
}

void wipePhotoStep(PhotoStep& step) {
  if (step.taken) step.taken->wipe();
  step = PhotoStep{};
}

void wipeFingerprintStep(FingerprintStep& step) {
  if (step.last) step.last->wipe();
  for (auto& print : step.best) {
    if (print) print->wipe();
  }
  step = FingerprintStep{};
}

void wipeSignatureStep(SignatureStep& step) {
  step.pad.wipe();
  if (step.capture) step.capture->wipe();
  step = SignatureStep{};
}

void wipePaymentStep(PaymentStep& step) {
  // The masked card number and the receipt lines are the visitor's too.
  if (step.paid) {
    if (step.paid->maskedPan) secureWipe(*step.paid->maskedPan);
    for (auto& line : step.paid->customerReceipt) secureWipe(line.text);
  }
  step = PaymentStep{};
}

void Visit::wipe(const std::string& defaultLanguage) {
  secureWipe(serviceId);
  wipeDocumentStep(document);
  if (identity) identity->wipe();
  identity.reset();
  ++identitySerial;
  wipePhotoStep(photo);
  ++photoSerial;
  wipeFingerprintStep(fingerprints);
  resumeAt.clear();
  wipeSignatureStep(signature);
  ++fingerprintSerial;
  wipePaymentStep(payment);
  secureWipe(ticket.number);
  secureWipe(ticket.recordReference);
  ticket = TicketStep{};
  language = defaultLanguage;
  number = 0;
}

}  // namespace foyer::visit
