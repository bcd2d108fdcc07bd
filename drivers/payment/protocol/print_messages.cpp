// 06 D1 Print Line and 06 D3 Print Text-Block.
#include "drivers/payment/protocol/bmp.hpp"
#include "drivers/payment/protocol/field_codec.hpp"
#include "drivers/payment/protocol/pt_messages.hpp"

namespace foyer::payment::zvt {
namespace {

// CardComplete terminals append a TLV container (06 <BER length> ...) to the line's text. A text byte 06
// is a control character nobody prints, so the first 06 from which a well-formed container fills the
// rest exactly is taken for one.
std::optional<std::size_t> appendedTlvStart(ByteView data) {
  for (std::size_t p = 1; p < data.size(); ++p) {
    if (data[p] != bmp_tag::kTlv) continue;
    const auto length = readBerLength(data.subspan(p + 1));
    if (!length || p + 1 + length->size + length->length != data.size()) continue;
    if (decodeTlvObjects(data.subspan(p + 1 + length->size))) return p;
  }
  return std::nullopt;
}

}  // namespace

std::expected<PrintLine, ZvtError> decodePrintLine(ByteView data, TextCharset charset) {
  if (data.empty()) return std::unexpected(ZvtError{0, "print line without attribute byte"});
  PrintLine line;
  line.attribute = data[0];
  ByteView text = data.subspan(1);
  if (const auto tlvStart = appendedTlvStart(data)) {
    const ByteView container = data.subspan(*tlvStart + 1);
    const auto length = readBerLength(container);
    line.tlv = *decodeTlvObjects(container.subspan(length->size));
    text = data.subspan(1, *tlvStart - 1);
  }
  if (line.lineFeed()) {
    if (!text.empty()) line.lineFeeds = text[0];
    return line;
  }
  line.text = textToUtf8(text, charsetOf(line.tlv, charset));
  return line;
}

std::expected<PrintTextBlock, ZvtError> decodePrintTextBlock(ByteView data, TextCharset charset) {
  std::vector<std::size_t> offsets;
  const auto bmps = decodeBmps(data, offsets);
  if (!bmps) return std::unexpected(bmps.error());
  PrintTextBlock block;
  for (std::size_t i = 0; i < bmps->size(); ++i) {
    if ((*bmps)[i].tag != bmp_tag::kTlv) continue;
    const auto tlv = decodeTlvObjects((*bmps)[i].value);
    if (!tlv) return std::unexpected(shifted(tlv.error(), offsets[i] + bmpValueStart(data.subspan(offsets[i]))));
    const TextCharset textCharset = charsetOf(*tlv, charset);
    // 1F07 sits beside 25; some terminals put it inside.
    const TlvObject* type = findTlvDeep(*tlv, tlv_tag::kReceiptType);
    if (type != nullptr && type->value.size() == 1) block.receiptType = type->value[0];
    for (const TlvObject& object : *tlv) {
      if (object.tag != tlv_tag::kPrintTexts) continue;
      std::uint8_t current = 0;
      for (const TlvObject& child : object.children) {
        if (child.tag == tlv_tag::kPrintAttribute) {
          const std::uint8_t attribute = child.value.empty() ? std::uint8_t{0} : child.value[0];
          PrintLine mark{attribute, {}, 0, {}};
          if (mark.endOfReceipt()) {
            block.lines.push_back(std::move(mark));
            current = 0;  // the next receipt starts plain
          } else {
            current = attribute;
          }
        } else if (child.tag == tlv_tag::kTextLine) {
          block.lines.push_back(PrintLine{current, textToUtf8(child.value, textCharset), 0, {}});
        }
      }
    }
  }
  if (bmps->empty()) return std::unexpected(ZvtError{0, "print text block without TLV container"});
  return block;
}

Apdu encodePrintLine(const PrintLine& line) {
  Bytes data{line.attribute};
  if (line.lineFeed()) {
    data.push_back(line.lineFeeds);
  } else {
    append(data, utf8ToCp437(line.text));
  }
  if (!line.tlv.empty()) append(data, tlvContainer(line.tlv));
  return Apdu{0x06, 0xD1, std::move(data)};
}

Apdu encodePrintTextBlock(const PrintTextBlock& block) {
  std::vector<TlvObject> texts;
  std::uint8_t current = 0;
  for (const PrintLine& line : block.lines) {
    if (line.lineFeed()) {
      for (int i = 0; i < line.lineFeeds; ++i) texts.push_back(tlvPrimitive(tlv_tag::kTextLine, {}));
      continue;
    }
    if (line.endOfReceipt()) {
      texts.push_back(tlvPrimitive(tlv_tag::kPrintAttribute, {line.attribute}));
      current = 0;
      continue;
    }
    if (line.attribute != current) {
      texts.push_back(tlvPrimitive(tlv_tag::kPrintAttribute, {line.attribute}));
      current = line.attribute;
    }
    texts.push_back(tlvPrimitive(tlv_tag::kTextLine, utf8ToCp437(line.text)));
  }
  std::vector<TlvObject> tlv;
  if (block.receiptType) tlv.push_back(tlvPrimitive(tlv_tag::kReceiptType, {*block.receiptType}));
  tlv.push_back(tlvConstructed(tlv_tag::kPrintTexts, std::move(texts)));
  return Apdu{0x06, 0xD3, tlvContainer(tlv)};
}

}  // namespace foyer::payment::zvt
