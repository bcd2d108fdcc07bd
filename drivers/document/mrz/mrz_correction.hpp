#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace foyer::document::mrz {

struct Correction {
  int line = 0;      // 1-based
  int position = 0;  // 1-based
  char from = '<';
  char to = '<';
  std::string reason;
};

struct CorrectedLines {
  std::vector<std::string> lines;
  std::vector<Correction> corrections;
  // Look-alike swaps that would each make the check digits pass: nothing was changed for them, because
  // choosing one would be a guess.
  bool ambiguous = false;
};

// Undoes the typical OCR confusions in an MRZ that has the right shape (see detectFormat):
//  - lower case to upper case;
//  - in digit-only positions (dates, check digits) O/Q/D→0, I/L→1, Z→2, S→5, G→6, B→8, and the reverse in
//    letter-only positions (document code, states, sex, names);
//  - filler runs in the name field read as K, C or E: any run after three fillers (the name has ended),
//    and runs no name can be (four or more such letters, or three of the same); real names such as the
//    Turkish "ECE" or "KE" are left alone;
//  - in the document number and TD3 optional data, one O/0, I/1, B/8, S/5 or Z/2 swap per field that makes
//    its check digit pass. A swap is made only when exactly one reading passes (among
//    equals, for German documents, the one without vowels: German document numbers have none).
// Check digits carry one decimal digit of information: a real misread that a look-alike swap happens to
// "repair" cannot be told from a true one. The chip read (BAC keys, DG1) confirms the MRZ afterwards.
// Lines of another shape come back unchanged.
CorrectedLines correctOcrConfusions(std::span<const std::string_view> lines);

}  // namespace foyer::document::mrz
