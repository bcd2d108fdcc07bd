#include "drivers/payment/protocol/apdu.hpp"

#include <stdexcept>

namespace foyer::payment::zvt {

Bytes encodeApdu(const Apdu& apdu) {
  const std::size_t length = apdu.data.size();
  if (length > kMaxApduData) throw std::length_error("ZVT APDU data longer than 65535 bytes");
  Bytes out{apdu.cls, apdu.instr};
  if (length <= 0xFE) {
    out.push_back(static_cast<std::uint8_t>(length));
  } else {
    out.push_back(0xFF);
    out.push_back(static_cast<std::uint8_t>(length & 0xFF));
    out.push_back(static_cast<std::uint8_t>(length >> 8));
  }
  append(out, apdu.data);
  return out;
}

std::size_t apduHeaderSize(const Apdu& apdu) { return apdu.data.size() <= 0xFE ? 3 : 5; }

std::optional<std::size_t> apduSizeFromHeader(ByteView bytes) {
  if (bytes.size() < 3) return std::nullopt;
  if (bytes[2] != 0xFF) return 3 + std::size_t{bytes[2]};
  if (bytes.size() < 5) return std::nullopt;
  return 5 + (std::size_t{bytes[3]} | std::size_t{bytes[4]} << 8);
}

std::expected<Apdu, ZvtError> decodeApdu(ByteView bytes) {
  if (bytes.size() < 3) return std::unexpected(ZvtError{bytes.size(), "APDU shorter than its 3-byte header"});
  const auto size = apduSizeFromHeader(bytes);
  if (!size) return std::unexpected(ZvtError{bytes.size(), "extended length (FF lo hi) cut off"});
  const std::size_t header = bytes[2] == 0xFF ? 5 : 3;
  if (bytes.size() < *size) {
    return std::unexpected(ZvtError{bytes.size(), "APDU data cut off: length says " + std::to_string(*size - header) +
                                                      " bytes, " + std::to_string(bytes.size() - header) + " follow"});
  }
  if (bytes.size() > *size) {
    return std::unexpected(ZvtError{*size, std::to_string(bytes.size() - *size) + " bytes after the end of the APDU"});
  }
  return Apdu{bytes[0], bytes[1], Bytes(bytes.begin() + static_cast<std::ptrdiff_t>(header), bytes.end())};
}

void ApduStream::feed(ByteView bytes) {
  // Drop what was returned before growing, so a long session does not keep every byte it ever read.
  if (m_start > 0 && m_start * 2 >= m_bytes.size()) {
    m_bytes.erase(m_bytes.begin(), m_bytes.begin() + static_cast<std::ptrdiff_t>(m_start));
    m_start = 0;
  }
  append(m_bytes, bytes);
}

std::optional<Apdu> ApduStream::next() {
  const ByteView pending = ByteView(m_bytes).subspan(m_start);
  const auto size = apduSizeFromHeader(pending);
  if (!size || pending.size() < *size) return std::nullopt;
  auto apdu = decodeApdu(pending.first(*size));
  m_start += *size;
  if (m_start == m_bytes.size()) clear();
  return apdu ? std::optional<Apdu>(std::move(*apdu)) : std::nullopt;
}

void ApduStream::clear() {
  m_bytes.clear();
  m_start = 0;
}

}  // namespace foyer::payment::zvt
