#include "drivers/payment/protocol/pt_messages.hpp"

#include "drivers/payment/protocol/bcd.hpp"
#include "drivers/payment/protocol/bmp.hpp"
#include "drivers/payment/protocol/field_codec.hpp"

namespace foyer::payment::zvt {
namespace {

// The TLV of a BMP list, decoded; empty when there is none.
std::expected<std::vector<TlvObject>, ZvtError> tlvOf(ByteView data, const std::vector<Bmp>& bmps,
                                                      const std::vector<std::size_t>& offsets) {
  for (std::size_t i = 0; i < bmps.size(); ++i) {
    if (bmps[i].tag != bmp_tag::kTlv) continue;
    auto tlv = decodeTlvObjects(bmps[i].value);
    if (!tlv) return std::unexpected(shifted(tlv.error(), offsets[i] + bmpValueStart(data.subspan(offsets[i]))));
    return tlv;
  }
  return std::vector<TlvObject>{};
}

std::expected<std::vector<TlvObject>, ZvtError> trailingTlv(ByteView data) {
  std::vector<std::size_t> offsets;
  const auto bmps = decodeBmps(data, offsets);
  if (!bmps) return std::unexpected(bmps.error());
  return tlvOf(data, *bmps, offsets);
}

// Nothing, or exactly one BMP 06.
std::expected<std::vector<TlvObject>, ZvtError> onlyTlv(ByteView data) {
  if (data.empty()) return std::vector<TlvObject>{};
  if (data[0] != bmp_tag::kTlv) return std::unexpected(ZvtError{0, "only a TLV container (06) may follow here"});
  std::vector<std::size_t> offsets;
  const auto bmps = decodeBmps(data, offsets);
  if (!bmps) return std::unexpected(bmps.error());
  if (bmps->size() != 1) return std::unexpected(ZvtError{offsets[1], "only one TLV container may follow here"});
  return tlvOf(data, *bmps, offsets);
}

std::expected<IntermediateStatus, ZvtError> decodeIntermediate(ByteView data, TextCharset charset) {
  if (data.empty()) return std::unexpected(ZvtError{0, "intermediate status without status byte"});
  IntermediateStatus status;
  status.code = data[0];
  std::vector<TlvObject> tlv;
  if (data.size() >= 2) {
    // Spec layout: <status> <timeout> [06 TLV]. Some terminals leave the timeout out and put the TLV
    // straight after the status byte.
    auto strict = onlyTlv(data.subspan(2));
    if (strict) {
      const auto minutes = decodeBcd(data.subspan(1, 1));
      if (!minutes) return std::unexpected(ZvtError{1, "timeout byte is not BCD"});
      status.timeoutMinutes = static_cast<int>(*minutes);
      tlv = std::move(*strict);
    } else if (auto loose = onlyTlv(data.subspan(1)); loose && data[1] == bmp_tag::kTlv) {
      tlv = std::move(*loose);
    } else {
      return std::unexpected(shifted(strict.error(), 2));
    }
  }
  charset = charsetOf(tlv, charset);
  if (const TlvObject* texts = findTlv(tlv, tlv_tag::kDisplayTexts)) {
    for (const TlvObject& line : texts->children) {
      if (line.tag == tlv_tag::kTextLine) status.displayTexts.push_back(textToUtf8(line.value, charset));
    }
  }
  return status;
}

std::expected<Completion, ZvtError> decodeGenericCompletion(ByteView data) {
  std::vector<std::size_t> offsets;
  const auto bmps = decodeBmps(data, offsets);
  if (!bmps) return std::unexpected(bmps.error());
  Completion completion;
  for (std::size_t i = 0; i < bmps->size(); ++i) {
    const Bmp& bmp = (*bmps)[i];
    const std::size_t at = offsets[i] + 1;
    auto notBcd = [&] { return std::unexpected(ZvtError{at, "BMP " + hexByte(bmp.tag) + " is not BCD"}); };
    switch (bmp.tag) {
      case bmp_tag::kResult: completion.result = bmp.value[0]; break;
      case bmp_tag::kPaymentType: completion.status = bmp.value[0]; break;
      case bmp_tag::kTerminalId: {
        const auto tid = decodeBcd(bmp.value);
        if (!tid) return notBcd();
        completion.terminalId = static_cast<std::uint32_t>(*tid);
        break;
      }
      case bmp_tag::kCurrency: {
        const auto cc = decodeBcd(bmp.value);
        if (!cc) return notBcd();
        completion.currency = static_cast<std::uint16_t>(*cc);
        break;
      }
      case bmp_tag::kTime:
        completion.time = bcdGroups(bmp.value, ':');
        if (!completion.time) return notBcd();
        break;
      case bmp_tag::kDateYymmdd:
        completion.date = bcdGroups(bmp.value, '-');
        if (!completion.date) return notBcd();
        break;
      default: break;
    }
  }
  auto tlv = tlvOf(data, *bmps, offsets);
  if (!tlv) return std::unexpected(tlv.error());
  completion.tlv = std::move(*tlv);
  return completion;
}

// [<software version LLLVAR>] <terminal status> [06 TLV]
std::expected<Completion, ZvtError> decodeEnquiryCompletion(ByteView data, TextCharset charset) {
  Completion completion;
  if (data.empty()) return completion;
  std::size_t offset = 0;
  if ((data[0] & 0xF0) == 0xF0) {
    const auto version = readLllvar(data);
    if (!version) return std::unexpected(version.error());
    offset = version->size;
    completion.softwareVersion = textField(version->value, charset);
  }
  if (offset >= data.size()) return std::unexpected(ZvtError{offset, "terminal status byte missing"});
  completion.terminalStatus = data[offset++];
  auto tlv = trailingTlv(data.subspan(offset));
  if (!tlv) return std::unexpected(shifted(tlv.error(), offset));
  completion.tlv = std::move(*tlv);
  return completion;
}

std::expected<Completion, ZvtError> decodeCompletion(ByteView data, Awaiting awaiting, TextCharset charset) {
  // The layout cannot be told from the bytes alone; the expected one first, the other if that fails.
  if (awaiting == Awaiting::StatusEnquiry) {
    auto enquiry = decodeEnquiryCompletion(data, charset);
    if (enquiry) return enquiry;
    if (auto generic = decodeGenericCompletion(data)) return generic;
    return enquiry;
  }
  auto generic = decodeGenericCompletion(data);
  if (generic) return generic;
  if (auto enquiry = decodeEnquiryCompletion(data, charset)) return enquiry;
  return generic;
}

std::expected<AbortMessage, ZvtError> decodeAbort(ByteView data, TextCharset charset) {
  if (data.empty()) return std::unexpected(ZvtError{0, "abort without result code"});
  AbortMessage abort{data[0], std::nullopt, std::nullopt};
  auto tlv = trailingTlv(data.subspan(1));
  if (!tlv) return std::unexpected(shifted(tlv.error(), 1));
  if (const TlvObject* code = findTlv(*tlv, tlv_tag::kVendorErrorCode)) abort.vendorCode = code->value;
  if (const TlvObject* text = findTlv(*tlv, tlv_tag::kVendorErrorText)) {
    abort.vendorText = textField(text->value, charsetOf(*tlv, charset));
  }
  return abort;
}

std::expected<SetDateTime, ZvtError> decodeSetDateTime(ByteView data) {
  std::vector<std::size_t> offsets;
  const auto bmps = decodeBmps(data, offsets);
  if (!bmps) return std::unexpected(bmps.error());
  const Bmp* date = findBmp(*bmps, bmp_tag::kDateYymmdd);
  const Bmp* time = findBmp(*bmps, bmp_tag::kTime);
  if (date == nullptr || time == nullptr) return std::unexpected(ZvtError{0, "set date/time needs AA and 0C"});
  const auto dateText = bcdGroups(date->value, '-');
  const auto timeText = bcdGroups(time->value, ':');
  if (!dateText || !timeText) return std::unexpected(ZvtError{0, "date or time is not BCD"});
  return SetDateTime{*dateText, *timeText};
}

template <typename T>
std::expected<PtMessage, ZvtError> lift(std::expected<T, ZvtError> decoded, std::size_t header) {
  if (!decoded) return std::unexpected(shifted(decoded.error(), header));
  return PtMessage{std::move(*decoded)};
}

}  // namespace

std::expected<PtMessage, ZvtError> decodePtMessage(const Apdu& apdu, Awaiting awaiting, TextCharset charset) {
  const ByteView data = apdu.data;
  const std::size_t header = apduHeaderSize(apdu);
  switch (apdu.command() & 0xFF00) {
    case 0x8000: if (apdu.cls == 0x80 && apdu.instr == 0x00) return PtMessage{Ack{}}; break;
    case 0x8400: return PtMessage{Nak{apdu.instr}};
    default: break;
  }
  switch (apdu.command()) {
    case 0x04FF: return lift(decodeIntermediate(data, charset), header);
    case 0x040F: return lift(decodeStatusInformation(data, charset), header);
    case 0x06D1: return lift(decodePrintLine(data, charset), header);
    case 0x06D3: return lift(decodePrintTextBlock(data, charset), header);
    case 0x060F: return lift(decodeCompletion(data, awaiting, charset), header);
    case 0x061E: return lift(decodeAbort(data, charset), header);
    case 0x0401: return lift(decodeSetDateTime(data), header);
    default: return PtMessage{OtherMessage{apdu}};
  }
}

Apdu encodeIntermediateStatus(const IntermediateStatus& status) {
  Bytes data{status.code};
  if (status.timeoutMinutes || !status.displayTexts.empty()) {
    data.push_back(encodeBcd(static_cast<std::uint64_t>(status.timeoutMinutes.value_or(3)), 1)[0]);
  }
  if (!status.displayTexts.empty()) {
    std::vector<TlvObject> lines;
    for (const std::string& text : status.displayTexts) lines.push_back(tlvPrimitive(tlv_tag::kTextLine, utf8ToCp437(text)));
    append(data, tlvContainer({tlvConstructed(tlv_tag::kDisplayTexts, std::move(lines))}));
  }
  return Apdu{0x04, 0xFF, std::move(data)};
}

Apdu encodeCompletion(const Completion& completion) {
  Bytes data;
  if (completion.terminalStatus) {
    if (completion.softwareVersion) append(data, encodeLllvar(utf8ToCp437(*completion.softwareVersion)));
    data.push_back(*completion.terminalStatus);
    if (!completion.tlv.empty()) append(data, tlvContainer(completion.tlv));
    return Apdu{0x06, 0x0F, std::move(data)};
  }
  std::vector<Bmp> bmps;
  if (completion.result) bmps.push_back({bmp_tag::kResult, {*completion.result}});
  if (completion.time) bmps.push_back({bmp_tag::kTime, bcdFromDigits(*completion.time, 3)});
  if (completion.date) bmps.push_back({bmp_tag::kDateYymmdd, bcdFromDigits(*completion.date, 3)});
  if (completion.status) bmps.push_back({bmp_tag::kPaymentType, {*completion.status}});
  if (completion.terminalId) bmps.push_back({bmp_tag::kTerminalId, encodeBcd(*completion.terminalId, 4)});
  if (completion.currency) bmps.push_back({bmp_tag::kCurrency, encodeBcd(*completion.currency, 2)});
  if (!completion.tlv.empty()) bmps.push_back({bmp_tag::kTlv, encodeTlvObjects(completion.tlv)});
  return Apdu{0x06, 0x0F, encodeBmps(bmps)};
}

Apdu encodeAbort(std::uint8_t result) { return Apdu{0x06, 0x1E, {result}}; }

Apdu encodeAbort(const AbortMessage& abort) {
  Bytes data{abort.result};
  std::vector<TlvObject> tlv;
  if (abort.vendorCode) tlv.push_back(tlvPrimitive(tlv_tag::kVendorErrorCode, *abort.vendorCode));
  if (abort.vendorText) tlv.push_back(tlvPrimitive(tlv_tag::kVendorErrorText, utf8ToCp437(*abort.vendorText)));
  if (!tlv.empty()) append(data, tlvContainer(tlv));
  return Apdu{0x06, 0x1E, std::move(data)};
}

Apdu encodeSetDateTime(const SetDateTime& dateTime) {
  return Apdu{0x04, 0x01,
              encodeBmps({{bmp_tag::kDateYymmdd, bcdFromDigits(dateTime.date, 3)},
                          {bmp_tag::kTime, bcdFromDigits(dateTime.time, 3)}})};
}

}  // namespace foyer::payment::zvt
