#include "drivers/printer/protocol/command_framer.hpp"

#include <algorithm>

namespace foyer::printer::escpos {
namespace {

constexpr std::uint8_t kDle = 0x10;
constexpr std::uint8_t kEsc = 0x1B;
constexpr std::uint8_t kFs = 0x1C;
constexpr std::uint8_t kGs = 0x1D;

Frame fixed(std::size_t length) { return {FrameKind::Command, length, length}; }
Frame unknown(std::size_t length) { return {FrameKind::Unknown, length, length}; }
Frame malformed(std::size_t length) { return {FrameKind::Malformed, length, length}; }
Frame withPayload(std::size_t header, std::uint64_t payload) { return {FrameKind::Command, header, header + payload}; }

std::size_t escFixedLength(std::uint8_t code) {
  switch (code) {
    case '@': case '2': case '<': case 'L': case 'S': case 0x0C: case 'i': case 'm':
      return 2;
    case ' ': case '!': case '%': case '-': case '3': case '=': case '?': case 'E': case 'G': case 'J': case 'K':
    case 'M': case 'R': case 'T': case 'U': case 'V': case 'a': case 'd': case 'e': case 'r': case 't': case '{':
      return 3;
    case '$': case '\\': case 'c':
      return 4;
    case 'p':
      return 5;
    case 'W':
      return 10;
    default:
      return 0;
  }
}

std::size_t gsFixedLength(std::uint8_t code) {
  switch (code) {
    case ':':
      return 2;
    case '!': case '/': case 'B': case 'E': case 'H': case 'I': case 'T': case 'Z': case 'a': case 'b': case 'f':
    case 'h': case 'r': case 'w':
      return 3;
    case '$': case '\\': case 'L': case 'P': case 'W':
      return 4;
    case '^':
      return 5;
    default:
      return 0;
  }
}

std::size_t fsFixedLength(std::uint8_t code) {
  switch (code) {
    case '.': case '&':
      return 2;
    case '!': case '-': case 'C': case 'W':
      return 3;
    case 'p': case 'S':
      return 4;
    default:
      return 0;
  }
}

std::uint64_t le16(ByteView bytes, std::size_t at) { return bytes[at] | static_cast<std::uint64_t>(bytes[at + 1]) << 8; }

// Data up to and including a NUL within kMaxNulTerminatedData bytes after `header`.
std::optional<Frame> nulTerminated(ByteView buffered, std::size_t header) {
  const std::size_t limit = std::min(buffered.size(), header + kMaxNulTerminatedData + 1);
  for (std::size_t i = header; i < limit; ++i) {
    if (buffered[i] == 0) return withPayload(header, i + 1 - header);
  }
  if (limit == header + kMaxNulTerminatedData + 1) return malformed(header);
  return std::nullopt;
}

// ESC & y c1 c2, then for each character c1..c2: its width x and y·x bytes of dots.
std::optional<Frame> userDefinedCharacters(ByteView buffered) {
  if (buffered.size() < 5) return std::nullopt;
  const std::size_t y = buffered[2];
  const std::uint8_t first = buffered[3];
  const std::uint8_t last = buffered[4];
  if (y == 0 || y > 3 || last < first) return malformed(5);
  std::size_t at = 5;
  for (int c = first; c <= last; ++c) {
    if (at >= buffered.size()) return std::nullopt;
    at += 1 + y * buffered[at];
  }
  return withPayload(5, at - 5);
}

std::optional<Frame> frameEsc(ByteView buffered) {
  const std::uint8_t code = buffered[1];
  if (const std::size_t length = escFixedLength(code)) {
    if (buffered.size() < length) return std::nullopt;
    return fixed(length);
  }
  switch (code) {
    case 'D':
      // Tab positions: at most 32 and a NUL.
      return nulTerminated(buffered, 2);
    case '*': {
      if (buffered.size() < 5) return std::nullopt;
      const std::uint8_t m = buffered[2];
      const std::uint64_t columns = le16(buffered, 3);
      if (m == 0 || m == 1) return withPayload(5, columns);
      if (m == 32 || m == 33) return withPayload(5, columns * 3);
      return malformed(5);
    }
    case '&':
      return userDefinedCharacters(buffered);
    default:
      return unknown(2);
  }
}

std::optional<Frame> frameGs(ByteView buffered) {
  const std::uint8_t code = buffered[1];
  if (const std::size_t length = gsFixedLength(code)) {
    if (buffered.size() < length) return std::nullopt;
    return fixed(length);
  }
  switch (code) {
    case 'V': {
      if (buffered.size() < 3) return std::nullopt;
      const std::uint8_t m = buffered[2];
      if (m == 0 || m == 1 || m == '0' || m == '1') return fixed(3);
      if (m == 65 || m == 66 || m == 97 || m == 98 || m == 103 || m == 104) {
        if (buffered.size() < 4) return std::nullopt;
        return fixed(4);
      }
      return malformed(3);
    }
    case 'v': {
      if (buffered.size() < 3) return std::nullopt;
      if (buffered[2] != '0') return unknown(2);
      if (buffered.size() < 8) return std::nullopt;
      return withPayload(8, le16(buffered, 4) * le16(buffered, 6));
    }
    case '(': {
      if (buffered.size() < 5) return std::nullopt;
      return withPayload(5, le16(buffered, 3));
    }
    case '8': {
      if (buffered.size() < 3) return std::nullopt;
      if (buffered[2] != 'L') return unknown(2);
      if (buffered.size() < 7) return std::nullopt;
      const std::uint64_t length = le16(buffered, 3) | le16(buffered, 5) << 16;
      return withPayload(7, length);
    }
    case '*': {
      if (buffered.size() < 4) return std::nullopt;
      return withPayload(4, std::uint64_t{buffered[2]} * buffered[3] * 8);
    }
    case 'k': {
      if (buffered.size() < 3) return std::nullopt;
      const std::uint8_t m = buffered[2];
      if (m <= 6) return nulTerminated(buffered, 3);
      if (m >= 65 && m <= 79) {
        if (buffered.size() < 4) return std::nullopt;
        return withPayload(4, buffered[3]);
      }
      return malformed(3);
    }
    default:
      return unknown(2);
  }
}

std::optional<Frame> frameDle(ByteView buffered) {
  const std::uint8_t code = buffered[1];
  if (code == 0x04) {
    if (buffered.size() < 3) return std::nullopt;
    const std::uint8_t n = buffered[2];
    const std::size_t length = (n == 7 || n == 8 || n == 18) ? 4 : 3;
    if (buffered.size() < length) return std::nullopt;
    return fixed(length);
  }
  if (code == 0x05) {
    if (buffered.size() < 3) return std::nullopt;
    return fixed(3);
  }
  if (code == 0x14) {  // DLE DC4: drawer pulse, power off, clear buffer: five bytes (fn 8: ten)
    if (buffered.size() < 3) return std::nullopt;
    const std::size_t length = buffered[2] == 8 ? 10 : 5;
    if (buffered.size() < length) return std::nullopt;
    return fixed(length);
  }
  return unknown(1);
}

std::optional<Frame> frameFs(ByteView buffered) {
  const std::uint8_t code = buffered[1];
  if (const std::size_t length = fsFixedLength(code)) {
    if (buffered.size() < length) return std::nullopt;
    return fixed(length);
  }
  if (code == '(') {
    if (buffered.size() < 5) return std::nullopt;
    return withPayload(5, le16(buffered, 3));
  }
  return unknown(2);
}

}  // namespace

std::optional<Frame> frameCommand(ByteView buffered) {
  if (buffered.empty()) return std::nullopt;
  const std::uint8_t first = buffered[0];
  if (first >= 0x20) return Frame{FrameKind::Text, 1, 1};
  switch (first) {
    case 0x09: case 0x0A: case 0x0C: case 0x0D: case 0x18:
      return fixed(1);
    case kDle: case kEsc: case kFs: case kGs:
      break;
    default:
      return unknown(1);
  }
  if (buffered.size() < 2) return std::nullopt;
  switch (first) {
    case kDle: return frameDle(buffered);
    case kEsc: return frameEsc(buffered);
    case kFs: return frameFs(buffered);
    default: return frameGs(buffered);
  }
}

}  // namespace foyer::printer::escpos
