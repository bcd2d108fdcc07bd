#pragma once
#include <cstdint>
#include <string>

namespace foyer::visit {

// The access data a visitor types when the MRZ cannot be read: what opens the chip. Dates are typed as
// day, month, year (8 digits); the document number as printed.
struct TypedAccessData {
  enum class Field { DocumentNumber, BirthDate, ExpiryDate };
  std::string documentNumber;
  std::string birthDate;   // "DDMMYYYY" digits as typed so far
  std::string expiryDate;
  Field active = Field::DocumentNumber;
  std::string error;       // translation key of what is wrong with the data; empty when nothing
};

// Where the document step stands, for its screens to draw.
struct DocumentStep {
  enum class Phase { LookingForMrz, WaitingForChip, ReadingChip, CardRemoved, Verifying };
  enum class Problem { None, MrzUnreadable, NoCamera, AccessDenied, NotAnEmrtd, ChipError, CardLost, NotGenuine };
  std::uint64_t readId = 0;  // the read whose reports count
  Phase phase = Phase::LookingForMrz;
  double fraction = 0;       // of the chip read
  Problem problem = Problem::None;
  bool useTypedData = false;  // the next read opens the chip with `typed` instead of the camera's MRZ
  TypedAccessData typed;
  int attempts = 0;           // reads started in this visit
};

}  // namespace foyer::visit
