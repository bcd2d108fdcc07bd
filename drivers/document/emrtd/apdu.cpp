#include "drivers/document/emrtd/apdu.hpp"

namespace foyer::document::emrtd {

bool CommandApdu::extended() const { return data.size() > 255 || (le && *le > 256); }

Bytes CommandApdu::encode() const {
  Bytes out{cla, ins, p1, p2};
  const bool ext = extended();
  if (!data.empty()) {
    if (ext) {
      out.push_back(0x00);
      out.push_back(static_cast<std::uint8_t>(data.size() >> 8));
    }
    out.push_back(static_cast<std::uint8_t>(data.size()));
    out.insert(out.end(), data.begin(), data.end());
  }
  if (le) {
    // Ne 256 (short) and 65536 (extended) are both written as zero bytes.
    if (ext) {
      if (data.empty()) out.push_back(0x00);
      out.push_back(static_cast<std::uint8_t>(*le >> 8));
    }
    out.push_back(static_cast<std::uint8_t>(*le));
  }
  return out;
}

std::expected<CommandApdu, ApduError> parseCommand(ByteView bytes) {
  if (bytes.size() < 4) return std::unexpected(ApduError{"command shorter than its 4-byte header"});
  CommandApdu command{bytes[0], bytes[1], bytes[2], bytes[3], {}, std::nullopt};
  const ByteView body = bytes.subspan(4);
  if (body.empty()) return command;  // case 1
  if (body.size() == 1) {            // case 2 short
    command.le = body[0] == 0 ? 256u : body[0];
    return command;
  }
  if (body[0] != 0) {  // short cases 3 and 4
    const std::size_t lc = body[0];
    if (body.size() == 1 + lc) {
      command.data.assign(body.begin() + 1, body.end());
      return command;
    }
    if (body.size() == 2 + lc) {
      command.data.assign(body.begin() + 1, body.begin() + 1 + static_cast<std::ptrdiff_t>(lc));
      command.le = body.back() == 0 ? 256u : body.back();
      return command;
    }
    return std::unexpected(ApduError{"Lc does not match the command's length"});
  }
  if (body.size() < 3) return std::unexpected(ApduError{"extended length field cut off"});
  const std::size_t first = static_cast<std::size_t>(body[1]) << 8 | body[2];
  if (body.size() == 3) {  // case 2 extended
    command.le = first == 0 ? 65536u : static_cast<std::uint32_t>(first);
    return command;
  }
  if (first == 0) return std::unexpected(ApduError{"extended Lc of zero"});
  if (body.size() == 3 + first) {
    command.data.assign(body.begin() + 3, body.end());
    return command;
  }
  if (body.size() == 5 + first) {
    command.data.assign(body.begin() + 3, body.begin() + 3 + static_cast<std::ptrdiff_t>(first));
    const std::uint32_t le = static_cast<std::uint32_t>(body[3 + first]) << 8 | body[4 + first];
    command.le = le == 0 ? 65536u : le;
    return command;
  }
  return std::unexpected(ApduError{"extended Lc does not match the command's length"});
}

Bytes ResponseApdu::encode() const {
  Bytes out = data;
  out.push_back(static_cast<std::uint8_t>(sw >> 8));
  out.push_back(static_cast<std::uint8_t>(sw));
  return out;
}

std::expected<ResponseApdu, ApduError> parseResponse(ByteView bytes) {
  if (bytes.size() < 2) return std::unexpected(ApduError{"response shorter than its status word"});
  ResponseApdu response;
  response.data.assign(bytes.begin(), bytes.end() - 2);
  response.sw = static_cast<std::uint16_t>(bytes[bytes.size() - 2] << 8 | bytes[bytes.size() - 1]);
  return response;
}

}  // namespace foyer::document::emrtd
