#pragma once
#include <cstdint>
#include <optional>

#include "drivers/printer/protocol/bytes.hpp"

// Where the command at the front of a byte stream ends, without acting on it: fixed-length commands, the
// length-prefixed ones (GS v 0, GS ( k, GS 8 L, GS k function B, ESC *) and the NUL-terminated ones
// (GS k function A, ESC D). Knowing the length of commands we do not act on keeps the interpreter in step
// with the stream instead of printing their parameters as text.
namespace foyer::printer::escpos {

enum class FrameKind {
  Text,       // one printable byte
  Command,    // a command we know the extent of (acted on or not is the interpreter's business)
  Unknown,    // a prefix and code we do not know; `totalLength` bytes (the prefix and code) are skipped
  Malformed,  // a known command with impossible parameters; `totalLength` covers its header only
};

struct Frame {
  FrameKind kind = FrameKind::Text;
  std::size_t headerLength = 0;  // bytes up to the start of the payload (all of it for fixed commands)
  std::uint64_t totalLength = 0;  // header and payload; may exceed what the caller cares to buffer
};

// nullopt: the header (or a NUL-terminated command's data) is not complete yet; feed more and ask again.
std::optional<Frame> frameCommand(ByteView buffered);

inline constexpr std::size_t kMaxNulTerminatedData = 255;

}  // namespace foyer::printer::escpos
