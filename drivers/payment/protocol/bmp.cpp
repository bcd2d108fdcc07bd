#include "drivers/payment/protocol/bmp.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "drivers/payment/protocol/bcd.hpp"
#include "drivers/payment/protocol/field_codec.hpp"
#include "drivers/payment/protocol/tlv.hpp"

namespace foyer::payment::zvt {
namespace {

constexpr BmpFormat fixed(std::size_t length) { return {BmpFormat::Kind::Fixed, length}; }
constexpr BmpFormat kLlvar{BmpFormat::Kind::Llvar, 0};
constexpr BmpFormat kLllvar{BmpFormat::Kind::Lllvar, 0};
constexpr BmpFormat kTlvFormat{BmpFormat::Kind::Tlv, 0};

}  // namespace

std::optional<BmpFormat> bmpFormat(std::uint8_t tag) {
  switch (tag) {
    case 0x01: case 0x02: case 0x03: case 0x05: case 0x19: case 0x27: case 0x8A: case 0x8C: case 0xA0:
    case 0xD0: case 0xD2: case 0xD3: case 0xE0: case 0xE9: case 0xEA: case 0xF0: case 0xF9: case 0xFA:
    case 0xFB: case 0xFC: case 0xFD:
      return fixed(1);
    case 0x0D: case 0x0E: case 0x17: case 0x3A: case 0x49: case 0x87:
      return fixed(2);
    case 0x0B: case 0x0C: case 0x37: case 0x3D: case 0x88: case 0xAA:
      return fixed(3);
    case 0x29:
      return fixed(4);
    case 0xBA:
      return fixed(5);
    case 0x04:
      return fixed(6);
    case 0x3B:
      return fixed(8);
    case 0x2A:
      return fixed(15);
    case 0x22: case 0x23: case 0x2D: case 0x4C: case 0x8B: case 0xA7: case 0xD1:
    case 0xE1: case 0xE2: case 0xE3: case 0xE4: case 0xE5: case 0xE6: case 0xE7: case 0xE8:
    case 0xF1: case 0xF2: case 0xF3: case 0xF4: case 0xF5: case 0xF6: case 0xF7: case 0xF8:
      return kLlvar;
    case 0x24: case 0x2E: case 0x3C: case 0x60: case 0x9A: case 0xAF:
      return kLllvar;
    case 0x06:
      return kTlvFormat;
    default:
      return std::nullopt;
  }
}

std::string_view bmpName(std::uint8_t tag) {
  switch (tag) {
    case 0x01: return "timeout";
    case 0x02: return "max status infos";
    case 0x03: return "service byte";
    case 0x04: return "amount";
    case 0x05: return "pump number";
    case 0x06: return "TLV";
    case 0x0B: return "trace number";
    case 0x0C: return "time";
    case 0x0D: return "date";
    case 0x0E: return "expiry date";
    case 0x17: return "card sequence number";
    case 0x19: return "payment type";
    case 0x22: return "PAN";
    case 0x23: return "track 2";
    case 0x24: return "track 3";
    case 0x27: return "result code";
    case 0x29: return "terminal ID";
    case 0x2A: return "VU number";
    case 0x2D: return "track 1";
    case 0x2E: return "sync chip data";
    case 0x37: return "original trace number";
    case 0x3A: return "CVV";
    case 0x3B: return "AID";
    case 0x3C: return "additional text";
    case 0x3D: return "password";
    case 0x49: return "currency";
    case 0x4C: return "blocked goods groups";
    case 0x60: return "individual totals";
    case 0x87: return "receipt number";
    case 0x88: return "turnover number";
    case 0x8A: return "card type";
    case 0x8B: return "card name";
    case 0x8C: return "operator card type";
    case 0x9A: return "GeldKarte record";
    case 0xA0: return "host result";
    case 0xA7: return "EF_ID";
    case 0xAA: return "date (YYMMDD)";
    case 0xAF: return "EF_Info";
    case 0xBA: return "AID parameter";
    case 0xD1: return "PIN data";
    case 0xD2: return "card output direction";
    case 0xFA: return "reader activation";
    default: return "";
  }
}

std::expected<std::vector<Bmp>, ZvtError> decodeBmps(ByteView bytes) {
  std::vector<std::size_t> offsets;
  return decodeBmps(bytes, offsets);
}

std::size_t bmpValueStart(ByteView fieldBytes) {
  if (fieldBytes.empty()) return 0;
  const auto format = bmpFormat(fieldBytes[0]);
  if (!format) return 1;
  switch (format->kind) {
    case BmpFormat::Kind::Fixed: return 1;
    case BmpFormat::Kind::Llvar: return 3;
    case BmpFormat::Kind::Lllvar: return 4;
    case BmpFormat::Kind::Tlv: {
      const auto length = readBerLength(fieldBytes.subspan(1));
      return 1 + (length ? length->size : 0);
    }
  }
  return 1;
}

std::expected<std::vector<Bmp>, ZvtError> decodeBmps(ByteView bytes, std::vector<std::size_t>& offsets) {
  offsets.clear();
  std::vector<Bmp> bmps;
  std::size_t offset = 0;
  while (offset < bytes.size()) {
    const std::uint8_t tag = bytes[offset];
    const auto format = bmpFormat(tag);
    if (!format) return std::unexpected(ZvtError{offset, "unknown BMP " + hexByte(tag)});
    const ByteView rest = bytes.subspan(offset + 1);
    Bmp bmp{tag, {}};
    std::size_t size = 0;
    switch (format->kind) {
      case BmpFormat::Kind::Fixed:
        if (rest.size() < format->length) {
          return std::unexpected(ZvtError{offset, "BMP " + hexByte(tag) + " needs " + std::to_string(format->length) +
                                                      " bytes, " + std::to_string(rest.size()) + " follow"});
        }
        bmp.value.assign(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(format->length));
        size = format->length;
        break;
      case BmpFormat::Kind::Llvar:
      case BmpFormat::Kind::Lllvar: {
        const auto field = readVar(rest, format->kind == BmpFormat::Kind::Llvar ? 2 : 3);
        if (!field) {
          return std::unexpected(ZvtError{offset + 1 + field.error().offset,
                                          "BMP " + hexByte(tag) + ": " + field.error().message});
        }
        bmp.value.assign(field->value.begin(), field->value.end());
        size = field->size;
        break;
      }
      case BmpFormat::Kind::Tlv: {
        const auto length = readBerLength(rest);
        if (!length) {
          return std::unexpected(ZvtError{offset + 1 + length.error().offset, "BMP 06: " + length.error().message});
        }
        if (length->length > rest.size() - length->size) {
          return std::unexpected(ZvtError{offset, "BMP 06 says " + std::to_string(length->length) + " bytes, " +
                                                      std::to_string(rest.size() - length->size) + " follow"});
        }
        const ByteView value = rest.subspan(length->size, length->length);
        bmp.value.assign(value.begin(), value.end());
        size = length->size + length->length;
        break;
      }
    }
    bmps.push_back(std::move(bmp));
    offsets.push_back(offset);
    offset += 1 + size;
  }
  return bmps;
}

Bytes encodeBmp(const Bmp& bmp) {
  const auto format = bmpFormat(bmp.tag);
  if (!format) throw std::invalid_argument("encodeBmp: unknown BMP " + hexByte(bmp.tag));
  Bytes out{bmp.tag};
  switch (format->kind) {
    case BmpFormat::Kind::Fixed:
      if (bmp.value.size() != format->length) {
        throw std::invalid_argument("encodeBmp: BMP " + hexByte(bmp.tag) + " takes " + std::to_string(format->length) +
                                    " bytes, not " + std::to_string(bmp.value.size()));
      }
      append(out, bmp.value);
      break;
    case BmpFormat::Kind::Llvar:
      append(out, encodeLlvar(bmp.value));
      break;
    case BmpFormat::Kind::Lllvar:
      append(out, encodeLllvar(bmp.value));
      break;
    case BmpFormat::Kind::Tlv:
      append(out, encodeBerLength(bmp.value.size()));
      append(out, bmp.value);
      break;
  }
  return out;
}

Bytes encodeBmps(const std::vector<Bmp>& bmps) {
  Bytes out;
  for (const Bmp& bmp : bmps) append(out, encodeBmp(bmp));
  return out;
}

const Bmp* findBmp(const std::vector<Bmp>& bmps, std::uint8_t tag) {
  const auto found = std::find_if(bmps.begin(), bmps.end(), [tag](const Bmp& b) { return b.tag == tag; });
  return found == bmps.end() ? nullptr : &*found;
}

}  // namespace foyer::payment::zvt
