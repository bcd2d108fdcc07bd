#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "drivers/document/mrz/mrz_correction.hpp"
#include "drivers/document/mrz/mrz_document.hpp"
#include "drivers/document/mrz/mrz_layout.hpp"

namespace foyer::document::mrz {

// One character position as the template matcher saw it.
struct CharacterReading {
  char best = '<';
  float score = 0;  // correlation with the best template, -1 to 1: the character's confidence
  char runnerUp = '<';
  float runnerUpScore = 0;
};

// An MRZ read from an image. Holds personal data: whoever keeps one must wipe it (wipe()).
struct MrzReading {
  Format format = Format::TD3;
  std::vector<std::string> rawLines;                      // the best template at every position, before any correction
  std::vector<std::vector<CharacterReading>> characters;  // per line, per position
  // The lines after position classes (a digit position takes the best digit) and check-digit look-alike
  // correction, with every change from rawLines.
  CorrectedLines correction;
  MrzDocument document;  // parsed from correction.lines; its checks say whether the MRZ is valid
  float meanConfidence = 0;
  float minConfidence = 0;
  // Positions whose runner-up matched almost as well as the best glyph. Check digits guard some fields; in
  // the others (names, states, sex) such a character may be wrong and still give a valid MRZ.
  int ambiguousCharacters = 0;
  double skewDegrees = 0;  // of the MRZ lines in the image, clockwise positive

  void wipe();
};

enum class MrzReadFailure {
  NoImage,     // empty, too small, or not an image
  NoMrzFound,  // nothing like an MRZ in the image
  Unreadable,  // an MRZ is there, but its characters cannot be read with confidence
};

struct MrzReadError {
  MrzReadFailure failure = MrzReadFailure::NoMrzFound;
  std::string message;  // English, for logs and staff
};

// "no_image", "no_mrz_found", "unreadable": stable names for logs and JSON.
std::string_view toString(MrzReadFailure failure);

}  // namespace foyer::document::mrz
