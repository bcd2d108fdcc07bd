#include "drivers/payment/protocol/tlv.hpp"

#include <algorithm>
#include <string>

namespace foyer::payment::zvt {
namespace {

std::uint8_t firstTagByte(std::uint32_t tag) {
  while (tag > 0xFF) tag >>= 8;
  return static_cast<std::uint8_t>(tag);
}

struct TagField {
  std::uint32_t tag = 0;
  std::size_t size = 0;
};

std::expected<TagField, ZvtError> readTag(ByteView bytes) {
  if (bytes.empty()) return std::unexpected(ZvtError{0, "TLV tag missing"});
  TagField field{bytes[0], 1};
  if ((bytes[0] & 0x1F) != 0x1F) return field;
  // Subsequent tag bytes carry bit 8 while another one follows (1F 80 00 is a three-byte tag).
  while (true) {
    if (field.size >= bytes.size()) return std::unexpected(ZvtError{field.size, "TLV tag cut off"});
    if (field.size >= 4) return std::unexpected(ZvtError{field.size, "TLV tag longer than four bytes"});
    const std::uint8_t next = bytes[field.size++];
    field.tag = field.tag << 8 | next;
    if ((next & 0x80) == 0) return field;
  }
}

std::expected<std::vector<TlvObject>, ZvtError> decodeLevel(ByteView bytes, int depth) {
  std::vector<TlvObject> objects;
  std::size_t offset = 0;
  while (offset < bytes.size()) {
    const ByteView rest = bytes.subspan(offset);
    const auto tag = readTag(rest);
    if (!tag) return std::unexpected(shifted(tag.error(), offset));
    const auto length = readBerLength(rest.subspan(tag->size));
    if (!length) return std::unexpected(shifted(length.error(), offset + tag->size));
    const std::size_t header = tag->size + length->size;
    if (length->length > rest.size() - header) {
      return std::unexpected(ZvtError{offset + header, "TLV value of " + std::to_string(length->length) +
                                                           " bytes runs past the end (" +
                                                           std::to_string(rest.size() - header) + " left)"});
    }
    const ByteView value = rest.subspan(header, length->length);
    TlvObject object;
    object.tag = tag->tag;
    if ((firstTagByte(tag->tag) & 0x20) != 0) {
      if (depth >= kMaxTlvDepth) return std::unexpected(ZvtError{offset, "TLV nested too deep"});
      auto children = decodeLevel(value, depth + 1);
      if (!children) return std::unexpected(shifted(children.error(), offset + header));
      object.children = std::move(*children);
    } else {
      object.value.assign(value.begin(), value.end());
    }
    objects.push_back(std::move(object));
    offset += header + length->length;
  }
  return objects;
}

}  // namespace

bool TlvObject::constructed() const { return (firstTagByte(tag) & 0x20) != 0; }

TlvObject tlvPrimitive(std::uint32_t tag, Bytes value) { return TlvObject{tag, std::move(value), {}}; }

TlvObject tlvConstructed(std::uint32_t tag, std::vector<TlvObject> children) {
  return TlvObject{tag, {}, std::move(children)};
}

std::expected<std::vector<TlvObject>, ZvtError> decodeTlvObjects(ByteView bytes) { return decodeLevel(bytes, 0); }

Bytes encodeBerLength(std::size_t length) {
  length = std::min<std::size_t>(length, 0xFFFF);
  if (length < 0x80) return {static_cast<std::uint8_t>(length)};
  if (length <= 0xFF) return {0x81, static_cast<std::uint8_t>(length)};
  return {0x82, static_cast<std::uint8_t>(length >> 8), static_cast<std::uint8_t>(length & 0xFF)};
}

std::expected<BerLength, ZvtError> readBerLength(ByteView bytes) {
  if (bytes.empty()) return std::unexpected(ZvtError{0, "BER length missing"});
  const std::uint8_t first = bytes[0];
  if (first < 0x80) return BerLength{first, 1};
  if (first == 0x80) return std::unexpected(ZvtError{0, "BER length 80 (indefinite) is not allowed"});
  if (first > 0x82) return std::unexpected(ZvtError{0, "BER length with more than two length bytes"});
  const std::size_t count = first & 0x7F;
  if (bytes.size() < 1 + count) return std::unexpected(ZvtError{bytes.size(), "BER length cut off"});
  std::size_t length = 0;
  for (std::size_t i = 1; i <= count; ++i) length = length << 8 | bytes[i];
  return BerLength{length, 1 + count};
}

Bytes encodeTlvObject(const TlvObject& object) {
  Bytes out;
  bool started = false;
  for (int shift = 24; shift >= 0; shift -= 8) {
    const auto byte = static_cast<std::uint8_t>(object.tag >> shift);
    if (byte != 0 || started || shift == 0) {
      out.push_back(byte);
      started = true;
    }
  }
  const Bytes content = object.constructed() ? encodeTlvObjects(object.children) : object.value;
  append(out, encodeBerLength(content.size()));
  append(out, content);
  return out;
}

Bytes encodeTlvObjects(const std::vector<TlvObject>& objects) {
  Bytes out;
  for (const TlvObject& object : objects) append(out, encodeTlvObject(object));
  return out;
}

Bytes tlvContainer(const std::vector<TlvObject>& objects) {
  const Bytes content = encodeTlvObjects(objects);
  Bytes out{0x06};
  append(out, encodeBerLength(content.size()));
  append(out, content);
  return out;
}

const TlvObject* findTlv(const std::vector<TlvObject>& objects, std::uint32_t tag) {
  const auto found = std::find_if(objects.begin(), objects.end(), [tag](const TlvObject& o) { return o.tag == tag; });
  return found == objects.end() ? nullptr : &*found;
}

const TlvObject* findTlvDeep(const std::vector<TlvObject>& objects, std::uint32_t tag) {
  for (const TlvObject& object : objects) {
    if (object.tag == tag) return &object;
    if (const TlvObject* inner = findTlvDeep(object.children, tag)) return inner;
  }
  return nullptr;
}

}  // namespace foyer::payment::zvt
