#include "drivers/payment/protocol/serial_frame.hpp"

namespace foyer::payment::zvt {

std::uint16_t crc16Kermit(ByteView bytes) {
  std::uint16_t crc = 0;
  for (const std::uint8_t byte : bytes) {
    crc ^= byte;
    for (int bit = 0; bit < 8; ++bit) {
      crc = (crc & 1) != 0 ? static_cast<std::uint16_t>(crc >> 1 ^ 0x8408) : static_cast<std::uint16_t>(crc >> 1);
    }
  }
  return crc;
}

std::uint16_t frameCrc(ByteView apdu) {
  Bytes covered(apdu.begin(), apdu.end());
  covered.push_back(kEtx);
  return crc16Kermit(covered);
}

Bytes frameSerial(ByteView apdu) {
  Bytes out{kDle, kStx};
  out.reserve(apdu.size() + 8);
  for (const std::uint8_t byte : apdu) {
    out.push_back(byte);
    if (byte == kDle) out.push_back(kDle);
  }
  const std::uint16_t crc = frameCrc(apdu);
  out.insert(out.end(), {kDle, kEtx, static_cast<std::uint8_t>(crc & 0xFF), static_cast<std::uint8_t>(crc >> 8)});
  return out;
}

void SerialDeframer::reset() {
  if (m_state != State::Idle) m_discarded += m_content.size();
  m_state = State::Idle;
  m_content.clear();
}

std::optional<SerialEvent> SerialDeframer::broken() {
  m_discarded += m_content.size();
  m_content.clear();
  m_state = State::Skip;
  return SerialEvent{SerialEvent::Kind::BrokenFrame, {}, false};
}

std::optional<SerialEvent> SerialDeframer::feed(std::uint8_t byte) {
  switch (m_state) {
    case State::Idle:
      if (byte == kAck) return SerialEvent{SerialEvent::Kind::Ack, {}, false};
      if (byte == kNak) return SerialEvent{SerialEvent::Kind::Nak, {}, false};
      if (byte == kDle) {
        m_state = State::IdleDle;
      } else {
        ++m_discarded;
      }
      return std::nullopt;
    case State::IdleDle:
      if (byte == kStx) {
        m_content.clear();
        m_state = State::Content;
        return std::nullopt;
      }
      // A stray DLE: drop it and read this byte afresh (it may be an ACK or the DLE of a real STX).
      ++m_discarded;
      m_state = State::Idle;
      return feed(byte);
    case State::Content:
      if (byte == kDle) {
        m_state = State::ContentDle;
        return std::nullopt;
      }
      if (m_content.size() >= kMaxFrameContent) return broken();
      m_content.push_back(byte);
      return std::nullopt;
    case State::ContentDle:
      if (byte == kDle) {
        if (m_content.size() >= kMaxFrameContent) return broken();
        m_content.push_back(kDle);
        m_state = State::Content;
        return std::nullopt;
      }
      if (byte == kEtx) {
        m_state = State::CrcLow;
        return std::nullopt;
      }
      if (byte == kStx) {
        // The sender started over without finishing: the old frame is lost, the new one is read.
        m_discarded += m_content.size();
        m_content.clear();
        m_state = State::Content;
        return SerialEvent{SerialEvent::Kind::BrokenFrame, {}, false};
      }
      return broken();
    case State::CrcLow:
      m_crcLow = byte;
      m_state = State::CrcHigh;
      return std::nullopt;
    case State::CrcHigh: {
      const auto received = static_cast<std::uint16_t>(byte << 8 | m_crcLow);
      SerialEvent event{SerialEvent::Kind::Frame, std::move(m_content), false};
      event.crcOk = received == frameCrc(event.apdu);
      m_content.clear();
      m_state = State::Idle;
      return event;
    }
    case State::Skip:
      ++m_discarded;
      if (byte == kDle) m_state = State::SkipDle;
      return std::nullopt;
    case State::SkipDle:
      if (byte == kStx) {
        --m_discarded;  // that DLE belonged to the new frame
        m_content.clear();
        m_state = State::Content;
        return std::nullopt;
      }
      ++m_discarded;
      if (byte == kEtx) {
        m_skipCrc = 2;
        m_state = State::SkipCrc;
      } else {
        m_state = State::Skip;
      }
      return std::nullopt;
    case State::SkipCrc:
      ++m_discarded;
      if (--m_skipCrc == 0) m_state = State::Idle;
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace foyer::payment::zvt
