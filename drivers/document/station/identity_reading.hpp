#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "drivers/document/mrz/mrz_date.hpp"

namespace foyer::document {

// Why a document needs a clerk's eye. The visit goes on; staff see these on the record.
enum class StaffNote {
  ChipAbsent,              // no chip answered: the data comes from the printed MRZ only
  ChipReaderUnavailable,   // the chip reader (pcscd, the reader) did not work
  PassiveAuthInvalid,      // the chip's data does not match its signature
  IssuerUnknown,           // the signature is sound, but no trusted country certificate signed it
  Expired,                 // the document's expiry date has passed
  PrintedMrzDiffers,       // the printed MRZ and the chip's DG1 disagree
  TypedByVisitor,          // the MRZ could not be read; the visitor typed the access data
  ChipAuthFailed,          // DG14 offers chip authentication, but the chip did not complete it
};
const char* staffNoteName(StaffNote note);  // stable English names for logs and records

// A decoded face image, 4 bytes per pixel (R, G, B, A), rows top to bottom.
struct Portrait {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;
};

// What the document station found out about one document. Personal and biometric data: copies wipe
// themselves when destroyed, and wipe() forgets everything at once.
struct IdentityReading {
  std::string documentCode;        // "P", "ID", "AR", ...
  std::string issuingState;        // ICAO code, "D" for Germany
  std::string documentNumber;
  std::string nationality;
  std::string surname;
  std::string givenNames;          // space separated
  std::string sex;                 // "F", "M", "X" or empty
  std::optional<mrz::MrzDate> birthDate;
  std::optional<mrz::MrzDate> expiryDate;
  bool fromChip = false;           // the fields above come from the chip's DG1 (else the printed MRZ)
  std::string chipProtocol;        // "BAC" or the PACE protocol; empty without chip
  int chipResumes = 0;             // times the card was taken away and the read continued
  std::string passiveAuthentication;  // "valid", "issuer unknown", "invalid"; empty without chip
  std::string passiveAuthReason;   // for staff; never personal data
  std::string chipAuthentication;  // the CA protocol the chip proved its key with; empty: not done
  Portrait face;                   // from DG2; empty without chip
  std::vector<StaffNote> notes;

  IdentityReading() = default;
  IdentityReading(const IdentityReading&) = default;
  IdentityReading(IdentityReading&&) noexcept = default;
  IdentityReading& operator=(const IdentityReading&) = default;
  IdentityReading& operator=(IdentityReading&&) noexcept = default;
  ~IdentityReading();

  [[nodiscard]] bool has(StaffNote note) const;
  void wipe();
};

}  // namespace foyer::document
