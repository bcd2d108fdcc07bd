#include "drivers/document/emrtd/ber_tlv.hpp"

namespace foyer::document::emrtd {
namespace {

struct Header {
  std::uint32_t tag = 0;
  std::size_t tagBytes = 0;
  std::size_t length = 0;
  std::size_t headerBytes = 0;
};

std::expected<Header, TlvError> readHeader(ByteView bytes) {
  if (bytes.empty()) return std::unexpected(TlvError{0, "no data object: the data ends"});
  Header header;
  header.tag = bytes[0];
  header.tagBytes = 1;
  if ((bytes[0] & 0x1F) == 0x1F) {
    // Subsequent tag bytes have bit 8 set while more follow.
    while (true) {
      if (header.tagBytes >= bytes.size()) return std::unexpected(TlvError{header.tagBytes, "tag cut off"});
      if (header.tagBytes >= 3) return std::unexpected(TlvError{header.tagBytes, "tag longer than three bytes"});
      const std::uint8_t next = bytes[header.tagBytes++];
      header.tag = header.tag << 8 | next;
      if ((next & 0x80) == 0) break;
    }
  }
  if (header.tagBytes >= bytes.size()) return std::unexpected(TlvError{header.tagBytes, "length missing"});
  const std::uint8_t first = bytes[header.tagBytes];
  std::size_t position = header.tagBytes + 1;
  if (first < 0x80) {
    header.length = first;
  } else {
    const std::size_t count = first & 0x7F;
    if (count == 0) return std::unexpected(TlvError{header.tagBytes, "indefinite length is not allowed here"});
    if (count > 3) return std::unexpected(TlvError{header.tagBytes, "length field longer than three bytes"});
    if (position + count > bytes.size()) return std::unexpected(TlvError{position, "length cut off"});
    for (std::size_t i = 0; i < count; ++i) header.length = header.length << 8 | bytes[position++];
  }
  header.headerBytes = position;
  return header;
}

}  // namespace

bool Tlv::constructed() const {
  std::uint32_t first = tag;
  while (first > 0xFF) first >>= 8;
  return (first & 0x20) != 0;
}

std::expected<Tlv, TlvError> readTlv(ByteView bytes) {
  auto header = readHeader(bytes);
  if (!header) return std::unexpected(header.error());
  if (header->length > bytes.size() - header->headerBytes) {
    return std::unexpected(TlvError{header->headerBytes, "value runs past the end of the data"});
  }
  return Tlv{header->tag, bytes.subspan(header->headerBytes, header->length), header->headerBytes + header->length};
}

std::expected<std::vector<Tlv>, TlvError> readTlvList(ByteView bytes) {
  std::vector<Tlv> objects;
  std::size_t offset = 0;
  while (offset < bytes.size()) {
    auto object = readTlv(bytes.subspan(offset));
    if (!object) return std::unexpected(TlvError{offset + object.error().offset, object.error().message});
    offset += object->size;
    objects.push_back(*object);
  }
  return objects;
}

std::optional<Tlv> findTlv(ByteView bytes, std::uint32_t tag) {
  std::size_t offset = 0;
  while (offset < bytes.size()) {
    auto object = readTlv(bytes.subspan(offset));
    if (!object) return std::nullopt;
    if (object->tag == tag) return *object;
    offset += object->size;
  }
  return std::nullopt;
}

std::optional<std::size_t> tlvTotalSize(ByteView prefix) {
  auto header = readHeader(prefix);
  if (!header) return std::nullopt;
  return header->headerBytes + header->length;
}

Bytes encodeLength(std::size_t length) {
  if (length < 0x80) return {static_cast<std::uint8_t>(length)};
  if (length <= 0xFF) return {0x81, static_cast<std::uint8_t>(length)};
  if (length <= 0xFFFF) return {0x82, static_cast<std::uint8_t>(length >> 8), static_cast<std::uint8_t>(length)};
  return {0x83, static_cast<std::uint8_t>(length >> 16), static_cast<std::uint8_t>(length >> 8),
          static_cast<std::uint8_t>(length)};
}

Bytes encodeTlv(std::uint32_t tag, ByteView value) {
  Bytes out;
  bool started = false;
  for (int shift = 24; shift >= 0; shift -= 8) {
    const auto byte = static_cast<std::uint8_t>(tag >> shift);
    if (byte != 0 || started || shift == 0) {
      out.push_back(byte);
      started = true;
    }
  }
  const Bytes length = encodeLength(value.size());
  out.insert(out.end(), length.begin(), length.end());
  out.insert(out.end(), value.begin(), value.end());
  return out;
}

}  // namespace foyer::document::emrtd
