#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "drivers/document/station/identity_reading.hpp"
#include "kiosk/visit/document_step.hpp"
#include "kiosk/visit/fingerprint_step.hpp"
#include "kiosk/visit/payment_step.hpp"
#include "kiosk/visit/photo_step.hpp"
#include "kiosk/visit/signature_step.hpp"
#include "kiosk/visit/ticket_step.hpp"

namespace foyer::visit {

// Everything one visitor's session has chosen or captured. Owned by the flow (frame-loop thread only);
// later steps add document data and biometrics here, and wipe() must clear every field they add.
struct Visit {
  std::uint64_t number = 0;  // counts visits since start: lets logs tell visits apart without personal data
  std::string language;
  std::string serviceId;
  DocumentStep document;
  std::optional<document::IdentityReading> identity;  // what the document step read and the visitor confirmed
  std::uint64_t identitySerial = 0;  // changes whenever `identity` does: the screen's cached portrait follows it
  PhotoStep photo;
  std::uint64_t photoSerial = 0;     // changes whenever `photo.taken` does: the screen's texture follows it
  // Set when staff send the visitor back to redo a step: the state the visit returns to once it is done.
  std::string resumeAt;
  FingerprintStep fingerprints;
  std::uint64_t fingerprintSerial = 0;  // changes whenever `fingerprints.last` does
  SignatureStep signature;
  PaymentStep payment;
  TicketStep ticket;

  [[nodiscard]] bool active() const { return number != 0; }
  // Forgets the visit: personal fields are overwritten, the language returns to the terminal's default.
  void wipe(const std::string& defaultLanguage);
};

// Forgets what was typed or read in the document step (also when the visitor starts it again).
void wipeDocumentStep(DocumentStep& step);
// Forgets the photo step: the photo's pixels and file are overwritten.
void wipePhotoStep(PhotoStep& step);
// Forgets the fingerprint step: every print's pixels are overwritten.
void wipeFingerprintStep(FingerprintStep& step);
// Forgets the payment: the masked card number and the receipt are overwritten.
void wipePaymentStep(PaymentStep& step);
// Forgets the signature: strokes and picture are overwritten.
void wipeSignatureStep(SignatureStep& step);

}  // namespace foyer::visit
