#pragma once
#include <optional>
#include <string>
#include <vector>

// Which fingers to take, in which order, and what happens when one cannot be taken. Pure: the flow asks
// for the current finger, reports every capture and every staff decision, and reads the outcome.
//
// One flat print per hand, the index finger first. A finger that gives no good print in
// `attemptsPerFinger` tries, or that staff mark as missing or bandaged, is replaced by the next finger
// of the same hand in BSI's order: thumb, middle, ring (never the little finger). Every replaced finger
// is recorded as an exception for the clerk. Children below the exemption age give no fingerprints.
namespace foyer::fingerprint {

// ISO/IEC 19794-4 finger positions.
inline constexpr int kRightThumb = 1;
inline constexpr int kRightIndex = 2;
inline constexpr int kRightMiddle = 3;
inline constexpr int kRightRing = 4;
inline constexpr int kLeftThumb = 6;
inline constexpr int kLeftIndex = 7;
inline constexpr int kLeftMiddle = 8;
inline constexpr int kLeftRing = 9;
const char* fingerName(int position);  // "right_index", ... for records and translation keys
// The hand a finger position belongs to: 0 right, 1 left.
inline int handOf(int position) { return position >= kLeftThumb ? 1 : 0; }

enum class FingerException {
  Missing,      // staff: the finger is not there (amputated, since birth)
  Bandaged,     // staff: temporarily unusable (injury, bandage)
  PoorQuality,  // no print good enough in the allowed tries
  Exempt,       // the visitor is below the exemption age
};
const char* fingerExceptionName(FingerException exception);  // "missing", "bandaged", ...

struct FingerExceptionRecord {
  int position = 0;  // 0: the whole visit (Exempt)
  FingerException reason = FingerException::Missing;
};

class FingerPlan {
 public:
  FingerPlan(int attemptsPerFinger, bool exempt);

  // The finger to take now; nullopt when the plan is complete.
  [[nodiscard]] std::optional<int> current() const;
  // Tries so far on the current finger (0 before the first).
  [[nodiscard]] int attempts() const { return m_attempts; }
  [[nodiscard]] int attemptsPerFinger() const { return m_attemptsPerFinger; }
  [[nodiscard]] bool complete() const { return !current(); }

  // A capture of the current finger with its verdict: a good one completes the hand, a bad one uses a
  // try, and the last try moves on to the next finger of that hand.
  void captured(bool good);
  // Staff: the current finger cannot give a print; the next finger of the hand is asked for.
  void unavailable(FingerException reason);
  // Staff: keep the current finger's best print although it did not pass; its hand is done.
  void approve();
  // Staff redo: the hand of `position` starts again from its index finger; its exceptions are forgotten.
  void redoHand(int position);

  // The finger kept for each hand (0: none could be taken), right then left.
  [[nodiscard]] int takenRight() const { return m_taken[0]; }
  [[nodiscard]] int takenLeft() const { return m_taken[1]; }
  // Whether hand 0 (right) or 1 (left) is finished, with a print or without one.
  [[nodiscard]] bool handDone(int hand) const { return m_done[hand == 1 ? 1 : 0]; }
  [[nodiscard]] const std::vector<FingerExceptionRecord>& exceptions() const { return m_exceptions; }

 private:
  void nextFinger();
  void finishHand(int taken);
  [[nodiscard]] int hand() const;  // the first hand not done: 0 right, 1 left, 2 none
  int m_attemptsPerFinger;
  bool m_done[2] = {false, false};
  int m_candidate = 0;  // index into the current hand's order
  int m_attempts = 0;
  int m_taken[2] = {0, 0};
  std::vector<FingerExceptionRecord> m_exceptions;
};

}  // namespace foyer::fingerprint
