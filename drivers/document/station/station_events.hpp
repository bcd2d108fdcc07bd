#pragma once
#include <cstdint>
#include <string>

#include "drivers/document/station/identity_reading.hpp"

// What the document station reports while it reads, each value tagged with the read it belongs to, so a
// late report of a cancelled read can be told apart and ignored.
namespace foyer::document {

struct DocumentProgress {
  enum class Phase {
    LookingForMrz,  // camera frames are searched for a readable MRZ
    WaitingForChip, // MRZ known; waiting for a chip to answer
    ReadingChip,    // `fraction` of the chip's files read
    CardRemoved,    // the document was taken away mid-read: put it back to continue
    Verifying,      // passive authentication and decoding the portrait
  };
  std::uint64_t readId = 0;
  Phase phase = Phase::LookingForMrz;
  double fraction = 0;
};

struct DocumentReadDone {
  std::uint64_t readId = 0;
  IdentityReading reading;
};

struct DocumentReadFailed {
  enum class Kind {
    NoCamera,      // the camera cannot be opened or stopped delivering frames
    AccessDenied,  // the MRZ data (read or typed) does not open the chip
    NotAnEmrtd,    // a card, but not a passport or ID card chip
    ChipError,     // the chip's answers broke off or made no sense
    CardLost,      // taken away mid-read and not put back in time
    NotGenuine,    // the chip failed chip authentication: a copy, for staff to look at
  };
  std::uint64_t readId = 0;
  Kind kind = Kind::ChipError;
  std::string message;  // precise reason for logs and staff; never personal data
};

}  // namespace foyer::document
