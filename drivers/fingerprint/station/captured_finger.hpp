#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "drivers/common/secure_bytes.hpp"

// One fingerprint as the visit keeps it until the record is sealed: the grey image (500 ppi), the
// lossless PNG for the back office, and what the quality check measured. Plain values (no OpenCV), so
// the flow and screens can hold it. Biometric data: its bytes are wiped wherever they are freed.
namespace foyer::fingerprint {

struct FingerMeasure {
  std::string name;  // fingerCriterionName(): "area", "contrast", ...
  bool pass = false;
  double value = 0;
  double low = 0;
  double high = 0;
};

struct CapturedFinger {
  int position = 0;             // ISO/IEC 19794-4 finger position: 2 right index, 7 left index, ...
  int width = 0;
  int height = 0;
  SecureBytes grey;  // width x height, 8 bit
  SecureBytes png;   // the same, lossless, with its 500 ppi density recorded
  double score = 0;                // 0-100
  bool pass = false;               // every quality criterion met
  std::string hint;                // translation key of the first failing criterion's instruction
  std::vector<FingerMeasure> quality;

  void wipe();  // forgets the print now
};

}  // namespace foyer::fingerprint
