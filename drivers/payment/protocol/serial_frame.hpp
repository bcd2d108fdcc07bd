#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>

#include "drivers/payment/protocol/apdu.hpp"
#include "drivers/payment/protocol/zvt_bytes.hpp"

namespace foyer::payment::zvt {

// RS-232 transport (spec §1.2): DLE STX · APDU with every DLE doubled · DLE ETX · CRC low · CRC high,
// answered by a single unframed ACK or NAK byte.
inline constexpr std::uint8_t kDle = 0x10;
inline constexpr std::uint8_t kStx = 0x02;
inline constexpr std::uint8_t kEtx = 0x03;
inline constexpr std::uint8_t kAck = 0x06;
inline constexpr std::uint8_t kNak = 0x15;

// CRC-16/KERMIT (reflected 0x1021, init 0, no final XOR). The spec calls it XModem; every real frame uses
// this variant (vector S1).
std::uint16_t crc16Kermit(ByteView bytes);
// The CRC a frame carries: over the unstuffed APDU bytes and the ETX byte.
std::uint16_t frameCrc(ByteView apdu);
Bytes frameSerial(ByteView apdu);

struct SerialEvent {
  enum class Kind : std::uint8_t {
    Frame,        // a whole frame: `apdu` unstuffed, `crcOk` whether its CRC matched (answer ACK or NAK)
    Ack,          // a lone 06 between frames
    Nak,          // a lone 15 between frames
    BrokenFrame,  // a frame began but could not be read (bad DLE sequence, overlong): answer NAK
  };
  Kind kind = Kind::Frame;
  Bytes apdu;
  bool crcOk = false;
};

// Reads the serial byte stream one byte at a time. Bytes outside a frame other than ACK/NAK are counted
// and dropped; after a broken frame it skips to the next DLE ETX or DLE STX, so bytes of the broken frame
// are never taken for ACK/NAK. The caller calls reset() when T1 (200 ms between bytes) passes.
class SerialDeframer {
 public:
  // A frame's unstuffed content (APDU) may not exceed this: the longest APDU plus some slack.
  static constexpr std::size_t kMaxFrameContent = kMaxApduData + 5;

  std::optional<SerialEvent> feed(std::uint8_t byte);
  void reset();
  // Bytes dropped so far (noise between frames, remains of broken frames).
  [[nodiscard]] std::size_t discarded() const { return m_discarded; }
  [[nodiscard]] bool inFrame() const { return m_state != State::Idle; }
  // Passing over the rest of a broken frame.
  [[nodiscard]] bool skipping() const {
    return m_state == State::Skip || m_state == State::SkipDle || m_state == State::SkipCrc;
  }

 private:
  enum class State : std::uint8_t { Idle, IdleDle, Content, ContentDle, CrcLow, CrcHigh, Skip, SkipDle, SkipCrc };

  std::optional<SerialEvent> broken();

  State m_state = State::Idle;
  Bytes m_content;
  std::uint8_t m_crcLow = 0;
  std::size_t m_skipCrc = 0;
  std::size_t m_discarded = 0;
};

}  // namespace foyer::payment::zvt
