#include "drivers/fingerprint/finger_plan.hpp"

#include <algorithm>
#include <array>

namespace foyer::fingerprint {
namespace {

constexpr std::array<std::array<int, 4>, 2> kOrder = {{
    {kRightIndex, kRightThumb, kRightMiddle, kRightRing},
    {kLeftIndex, kLeftThumb, kLeftMiddle, kLeftRing},
}};

}  // namespace

const char* fingerName(int position) {
  switch (position) {
    case kRightThumb: return "right_thumb";
    case kRightIndex: return "right_index";
    case kRightMiddle: return "right_middle";
    case kRightRing: return "right_ring";
    case 5: return "right_little";
    case kLeftThumb: return "left_thumb";
    case kLeftIndex: return "left_index";
    case kLeftMiddle: return "left_middle";
    case kLeftRing: return "left_ring";
    case 10: return "left_little";
    default: return "unknown";
  }
}

const char* fingerExceptionName(FingerException exception) {
  switch (exception) {
    case FingerException::Missing: return "missing";
    case FingerException::Bandaged: return "bandaged";
    case FingerException::PoorQuality: return "poor_quality";
    case FingerException::Exempt: return "exempt";
  }
  return "unknown";
}

FingerPlan::FingerPlan(int attemptsPerFinger, bool exempt) : m_attemptsPerFinger(std::max(1, attemptsPerFinger)) {
  if (exempt) {
    m_done[0] = m_done[1] = true;
    m_exceptions.push_back({0, FingerException::Exempt});
  }
}

int FingerPlan::hand() const { return !m_done[0] ? 0 : !m_done[1] ? 1 : 2; }

std::optional<int> FingerPlan::current() const {
  const int h = hand();
  if (h > 1) return std::nullopt;
  return kOrder[static_cast<std::size_t>(h)][static_cast<std::size_t>(m_candidate)];
}

void FingerPlan::captured(bool good) {
  const auto finger = current();
  if (!finger) return;
  if (good) {
    finishHand(*finger);
    return;
  }
  if (++m_attempts >= m_attemptsPerFinger) {
    m_exceptions.push_back({*finger, FingerException::PoorQuality});
    nextFinger();
  }
}

void FingerPlan::unavailable(FingerException reason) {
  const auto finger = current();
  if (!finger) return;
  m_exceptions.push_back({*finger, reason});
  nextFinger();
}

void FingerPlan::approve() {
  if (const auto finger = current()) finishHand(*finger);
}

void FingerPlan::nextFinger() {
  m_attempts = 0;
  if (++m_candidate < static_cast<int>(kOrder[0].size())) return;
  finishHand(0);  // no finger of this hand could be taken: it stays without a print, staff see why
}

void FingerPlan::finishHand(int taken) {
  const int h = hand();
  m_taken[h] = taken;
  m_done[h] = true;
  m_candidate = 0;
  m_attempts = 0;
}

void FingerPlan::redoHand(int position) {
  const int h = handOf(position);
  const auto& order = kOrder[static_cast<std::size_t>(h)];
  std::erase_if(m_exceptions, [&](const FingerExceptionRecord& e) {
    return std::find(order.begin(), order.end(), e.position) != order.end();
  });
  m_taken[h] = 0;
  m_done[h] = false;
  if (h == 0) {
    // The right hand comes first again; a left hand still under way starts over after it.
    m_candidate = 0;
    m_attempts = 0;
  } else if (m_done[0]) {
    m_candidate = 0;
    m_attempts = 0;
  }
}

}  // namespace foyer::fingerprint
