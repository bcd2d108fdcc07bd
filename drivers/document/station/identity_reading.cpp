#include "drivers/document/station/identity_reading.hpp"

#include <algorithm>

#include <openssl/crypto.h>

namespace foyer::document {
namespace {

void wipeText(std::string& text) {
  if (text.capacity() > 0) OPENSSL_cleanse(text.data(), text.capacity());
  text.clear();
}

}  // namespace

const char* staffNoteName(StaffNote note) {
  switch (note) {
    case StaffNote::ChipAbsent: return "chip absent";
    case StaffNote::ChipReaderUnavailable: return "chip reader unavailable";
    case StaffNote::PassiveAuthInvalid: return "passive authentication invalid";
    case StaffNote::IssuerUnknown: return "issuer unknown";
    case StaffNote::Expired: return "document expired";
    case StaffNote::PrintedMrzDiffers: return "printed MRZ differs from chip";
    case StaffNote::TypedByVisitor: return "access data typed by the visitor";
    case StaffNote::ChipAuthFailed: return "chip authentication failed";
  }
  return "?";
}

IdentityReading::~IdentityReading() { wipe(); }

bool IdentityReading::has(StaffNote note) const { return std::find(notes.begin(), notes.end(), note) != notes.end(); }

void IdentityReading::wipe() {
  for (std::string* text : {&documentCode, &issuingState, &documentNumber, &nationality, &surname, &givenNames, &sex,
                            &chipProtocol, &passiveAuthentication, &passiveAuthReason, &chipAuthentication}) {
    wipeText(*text);
  }
  birthDate.reset();
  expiryDate.reset();
  if (!face.rgba.empty()) OPENSSL_cleanse(face.rgba.data(), face.rgba.size());
  face = {};
  fromChip = false;
  chipResumes = 0;
  notes.clear();
}

}  // namespace foyer::document
