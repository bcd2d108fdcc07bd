#include "drivers/printer/protocol/status_reply_reader.hpp"

namespace foyer::printer::escpos {
namespace {

constexpr std::uint8_t kXon = 0x11;
constexpr std::uint8_t kXoff = 0x13;

}  // namespace

void StatusReplyReader::expectReply(StatusQuery query) {
  // A printer that never answers must not make the queue grow without end: forget the oldest question.
  if (m_expected.size() == kMaxOutstanding) m_expected.pop_front();
  m_expected.push_back(query);
}

std::vector<StatusEvent> StatusReplyReader::feed(ByteView bytes) {
  std::vector<StatusEvent> events;
  for (const std::uint8_t byte : bytes) {
    if (byte == kXon || byte == kXoff) continue;
    take(byte, events);
  }
  return events;
}

void StatusReplyReader::take(std::uint8_t byte, std::vector<StatusEvent>& events) {
  if (m_asbLength > 0) {
    if (isAsbFollowingByte(byte)) {
      m_asb[m_asbLength++] = byte;
      if (m_asbLength == m_asb.size()) {
        m_asbLength = 0;
        if (auto status = decodeAsb(m_asb)) events.push_back(AsbEvent{m_asb, *status});
      }
      return;
    }
    // The block broke off: what we had is noise; the new byte starts over.
    for (std::size_t i = 0; i < m_asbLength; ++i) events.push_back(UnrecognisedByte{m_asb[i]});
    m_asbLength = 0;
  }
  if (isRealTimeStatusReply(byte)) {
    RealTimeStatusEvent event;
    event.reply = byte;
    if (!m_expected.empty()) {
      event.query = m_expected.front();
      m_expected.pop_front();
      if (auto status = decodeRealTimeStatus(*event.query, byte)) event.status = *status;
    }
    events.push_back(event);
    return;
  }
  if (isAsbFirstByte(byte)) {
    m_asb[0] = byte;
    m_asbLength = 1;
    return;
  }
  events.push_back(UnrecognisedByte{byte});
}

}  // namespace foyer::printer::escpos
