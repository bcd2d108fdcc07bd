// 04 0F Status Information: decoding for the ECR, encoding for the simulator.
#include <algorithm>

#include "drivers/payment/protocol/bcd.hpp"
#include "drivers/payment/protocol/bmp.hpp"
#include "drivers/payment/protocol/field_codec.hpp"
#include "drivers/payment/protocol/pt_messages.hpp"

namespace foyer::payment::zvt {
namespace {

std::unexpected<ZvtError> fieldError(std::size_t offset, std::uint8_t tag, const std::string& what) {
  return std::unexpected(ZvtError{offset, "BMP " + hexByte(tag) + " (" + std::string(bmpName(tag)) + "): " + what});
}

bool printableAscii(ByteView bytes) {
  return std::all_of(bytes.begin(), bytes.end(), [](std::uint8_t b) { return b == 0 || (b >= 0x20 && b < 0x7F); });
}

std::string aidText(ByteView bytes) {
  if (printableAscii(bytes)) {
    while (!bytes.empty() && bytes.back() == 0) bytes = bytes.first(bytes.size() - 1);
    return std::string(bytes.begin(), bytes.end());
  }
  std::string hex = toHex(bytes);
  std::erase(hex, ' ');
  return hex;
}

Bytes aidBytes(const std::string& aid) {
  // 16 hex digits are the bytes themselves; ASCII (at most 8 characters) is padded with NULs.
  if (aid.size() == 16) {
    if (auto bytes = fromHex(aid); bytes && !printableAscii(*bytes)) return *bytes;
  }
  Bytes out(aid.begin(), aid.end());
  out.resize(8, 0);
  return out;
}

}  // namespace

std::expected<StatusInformation, ZvtError> decodeStatusInformation(ByteView data, TextCharset charset) {
  std::vector<std::size_t> offsets;
  auto bmps = decodeBmps(data, offsets);
  if (!bmps) return std::unexpected(bmps.error());

  StatusInformation info;
  bool haveResult = false;
  // The TLV first: its tag 14 decides how the texts are read.
  for (std::size_t i = 0; i < bmps->size(); ++i) {
    if ((*bmps)[i].tag != bmp_tag::kTlv) continue;
    auto tlv = decodeTlvObjects((*bmps)[i].value);
    if (!tlv) return std::unexpected(shifted(tlv.error(), offsets[i] + bmpValueStart(data.subspan(offsets[i]))));
    info.tlv = std::move(*tlv);
    break;
  }
  charset = charsetOf(info.tlv, charset);

  for (std::size_t i = 0; i < bmps->size(); ++i) {
    const Bmp& bmp = (*bmps)[i];
    const std::size_t at = offsets[i] + 1;
    const ByteView value = bmp.value;
    auto number = [&]() { return decodeBcd(value); };
    switch (bmp.tag) {
      case bmp_tag::kResult:
        info.result = value[0];
        haveResult = true;
        break;
      case bmp_tag::kAmount:
        info.amountCents = decodeAmount(value);
        if (!info.amountCents) return fieldError(at, bmp.tag, "not BCD");
        break;
      case bmp_tag::kTrace:
      case bmp_tag::kOriginalTrace:
      case bmp_tag::kReceiptNumber:
      case bmp_tag::kTurnover:
      case bmp_tag::kTerminalId: {
        const auto n = number();
        if (!n) return fieldError(at, bmp.tag, "not BCD");
        const auto value32 = static_cast<std::uint32_t>(*n);
        if (bmp.tag == bmp_tag::kTrace) info.trace = value32;
        if (bmp.tag == bmp_tag::kOriginalTrace) info.originalTrace = value32;
        if (bmp.tag == bmp_tag::kReceiptNumber) info.receiptNumber = value32;
        if (bmp.tag == bmp_tag::kTurnover) info.turnover = value32;
        if (bmp.tag == bmp_tag::kTerminalId) info.terminalId = value32;
        break;
      }
      case bmp_tag::kCardSequence:
      case bmp_tag::kCurrency: {
        const auto n = number();
        if (!n) return fieldError(at, bmp.tag, "not BCD");
        (bmp.tag == bmp_tag::kCurrency ? info.currency : info.cardSequenceNumber) = static_cast<std::uint16_t>(*n);
        break;
      }
      case bmp_tag::kTime:
        info.time = bcdGroups(value, ':');
        if (!info.time) return fieldError(at, bmp.tag, "not BCD");
        break;
      case bmp_tag::kDate:
        info.date = bcdGroups(value, '-');
        if (!info.date) return fieldError(at, bmp.tag, "not BCD");
        break;
      case bmp_tag::kExpiry:
        info.expiry = bcdGroups(value, '-');
        if (!info.expiry) return fieldError(at, bmp.tag, "not BCD");
        break;
      case bmp_tag::kPan:
        info.maskedPan = decodeMaskedPan(value);
        if (!info.maskedPan) return fieldError(at + 2, bmp.tag, "not a (masked) PAN");
        break;
      case bmp_tag::kCardType: info.cardType = value[0]; break;
      case bmp_tag::kPaymentType: info.paymentType = value[0]; break;
      case bmp_tag::kCardName: info.cardName = textField(value, charset); break;
      case bmp_tag::kAdditionalText: info.additionalText = textField(value, charset); break;
      case bmp_tag::kVuNumber: info.vuNumber = textField(value, TextCharset::Latin1); break;
      case bmp_tag::kAid: info.aid = aidText(value); break;
      case bmp_tag::kTotals: info.individualTotals = bmp.value; break;
      default: break;  // tracks, host result, ...: known lengths, nothing the kiosk keeps
    }
  }
  if (!haveResult) return std::unexpected(ZvtError{0, "status information without result code (BMP 27)"});
  // Traces beyond six digits come in TLV 1F2B with 0B set to 000000.
  if (info.trace == 0u) {
    if (const TlvObject* longTrace = findTlv(info.tlv, tlv_tag::kLongTrace)) {
      if (const auto n = decodeBcd(longTrace->value); n && *n <= 0xFFFFFFFF) info.trace = static_cast<std::uint32_t>(*n);
    }
  }
  return info;
}

Apdu encodeStatusInformation(const StatusInformation& info) {
  std::vector<Bmp> bmps;
  auto add = [&](std::uint8_t tag, Bytes value) { bmps.push_back(Bmp{tag, std::move(value)}); };
  auto text = [](const std::string& s) { return utf8ToCp437(s); };
  add(bmp_tag::kResult, {info.result});
  if (info.amountCents) add(bmp_tag::kAmount, encodeAmount(*info.amountCents));
  if (info.trace) add(bmp_tag::kTrace, encodeBcd(bcdFits(*info.trace, 3) ? *info.trace : 0, 3));
  if (info.originalTrace) add(bmp_tag::kOriginalTrace, encodeBcd(*info.originalTrace, 3));
  if (info.time) add(bmp_tag::kTime, bcdFromDigits(*info.time, 3));
  if (info.date) add(bmp_tag::kDate, bcdFromDigits(*info.date, 2));
  if (info.expiry) add(bmp_tag::kExpiry, bcdFromDigits(*info.expiry, 2));
  if (info.cardSequenceNumber) add(bmp_tag::kCardSequence, encodeBcd(*info.cardSequenceNumber, 2));
  if (info.paymentType) add(bmp_tag::kPaymentType, {*info.paymentType});
  if (info.maskedPan) add(bmp_tag::kPan, encodeMaskedPan(*info.maskedPan));
  if (info.terminalId) add(bmp_tag::kTerminalId, encodeBcd(*info.terminalId, 4));
  if (info.vuNumber) {
    Bytes vu(info.vuNumber->begin(), info.vuNumber->end());
    vu.resize(15, ' ');
    add(bmp_tag::kVuNumber, std::move(vu));
  }
  if (info.aid) add(bmp_tag::kAid, aidBytes(*info.aid));
  if (info.additionalText) add(bmp_tag::kAdditionalText, text(*info.additionalText));
  if (info.currency) add(bmp_tag::kCurrency, encodeBcd(*info.currency, 2));
  if (info.individualTotals) add(bmp_tag::kTotals, *info.individualTotals);
  if (info.receiptNumber) add(bmp_tag::kReceiptNumber, encodeBcd(*info.receiptNumber, 2));
  if (info.turnover) add(bmp_tag::kTurnover, encodeBcd(*info.turnover, 3));
  if (info.cardType) add(bmp_tag::kCardType, {*info.cardType});
  if (info.cardName) add(bmp_tag::kCardName, text(*info.cardName));
  if (!info.tlv.empty()) add(bmp_tag::kTlv, encodeTlvObjects(info.tlv));
  return Apdu{0x04, 0x0F, encodeBmps(bmps)};
}

}  // namespace foyer::payment::zvt
