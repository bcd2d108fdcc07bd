#include "drivers/payment/protocol/ecr_messages.hpp"

#include "drivers/payment/protocol/bcd.hpp"
#include "drivers/payment/protocol/bmp.hpp"
#include "drivers/payment/protocol/field_codec.hpp"

namespace foyer::payment::zvt {
namespace {

// The BMP part of a command, with the fields every command may carry already read.
struct Fields {
  std::vector<Bmp> bmps;
  std::optional<std::vector<TlvObject>> tlv;
  std::optional<std::uint64_t> amount;
  std::optional<std::uint16_t> currency;
  std::optional<std::uint32_t> receipt;

  [[nodiscard]] std::optional<std::uint8_t> byte(std::uint8_t tag) const {
    const Bmp* bmp = findBmp(bmps, tag);
    return bmp == nullptr ? std::nullopt : std::optional<std::uint8_t>(bmp->value[0]);
  }
};

std::expected<Fields, ZvtError> readFields(ByteView data, std::size_t base) {
  std::vector<std::size_t> offsets;
  auto bmps = decodeBmps(data, offsets);
  if (!bmps) return std::unexpected(shifted(bmps.error(), base));
  Fields fields;
  for (std::size_t i = 0; i < bmps->size(); ++i) {
    const Bmp& bmp = (*bmps)[i];
    const std::size_t at = base + offsets[i];
    auto number = [&]() -> std::expected<std::uint64_t, ZvtError> {
      const auto n = decodeBcd(bmp.value);
      if (!n) return std::unexpected(ZvtError{at + 1, "BMP " + hexByte(bmp.tag) + " is not BCD"});
      return *n;
    };
    if (bmp.tag == bmp_tag::kAmount) {
      const auto n = number();
      if (!n) return std::unexpected(n.error());
      fields.amount = *n;
    } else if (bmp.tag == bmp_tag::kCurrency) {
      const auto n = number();
      if (!n) return std::unexpected(n.error());
      fields.currency = static_cast<std::uint16_t>(*n);
    } else if (bmp.tag == bmp_tag::kReceiptNumber) {
      const auto n = number();
      if (!n) return std::unexpected(n.error());
      fields.receipt = static_cast<std::uint32_t>(*n);
    } else if (bmp.tag == bmp_tag::kTlv) {
      auto tlv = decodeTlvObjects(bmp.value);
      if (!tlv) return std::unexpected(shifted(tlv.error(), at + bmpValueStart(data.subspan(offsets[i]))));
      fields.tlv = std::move(*tlv);
    }
  }
  fields.bmps = std::move(*bmps);
  return fields;
}

std::expected<std::uint32_t, ZvtError> readPassword(ByteView data, std::size_t base) {
  if (data.size() < 3) return std::unexpected(ZvtError{base + data.size(), "password (3 BCD bytes) missing"});
  const auto password = decodeBcd(data.first(3));
  if (!password) return std::unexpected(ZvtError{base, "password is not BCD"});
  return static_cast<std::uint32_t>(*password);
}

std::expected<EcrMessage, ZvtError> registration(ByteView data, std::size_t base) {
  const auto password = readPassword(data, base);
  if (!password) return std::unexpected(password.error());
  if (data.size() < 4) return std::unexpected(ZvtError{base + data.size(), "config byte missing"});
  RegistrationCommand command{*password, data[3], std::nullopt, std::nullopt, std::nullopt};
  std::size_t offset = 4;
  if (data.size() >= 6) {
    // The currency follows the config byte without a BMP tag.
    const auto currency = decodeBcd(data.subspan(4, 2));
    if (!currency) return std::unexpected(ZvtError{base + 4, "currency is not BCD"});
    command.currency = static_cast<std::uint16_t>(*currency);
    offset = 6;
  } else if (data.size() == 5) {
    return std::unexpected(ZvtError{base + 5, "currency cut off"});
  }
  auto fields = readFields(data.subspan(offset), base + offset);
  if (!fields) return std::unexpected(fields.error());
  command.service = fields->byte(bmp_tag::kServiceByte);
  command.tlv = std::move(fields->tlv);
  return command;
}

std::expected<EcrMessage, ZvtError> authorization(ByteView data, std::size_t base) {
  auto fields = readFields(data, base);
  if (!fields) return std::unexpected(fields.error());
  AuthorizationCommand command;
  command.amountCents = fields->amount;
  command.currency = fields->currency;
  command.paymentType = fields->byte(bmp_tag::kPaymentType);
  command.timeoutSeconds = fields->byte(bmp_tag::kTimeout);
  command.maxStatusInfos = fields->byte(bmp_tag::kMaxStatusInfos);
  command.cardType = fields->byte(bmp_tag::kCardType);
  command.tlv = std::move(fields->tlv);
  return command;
}

// <password> followed by BMPs: reversal, refund, end-of-day, repeat receipt, status enquiry.
template <typename Build>
std::expected<EcrMessage, ZvtError> withPassword(ByteView data, std::size_t base, Build build) {
  const auto password = readPassword(data, base);
  if (!password) return std::unexpected(password.error());
  auto fields = readFields(data.subspan(3), base + 3);
  if (!fields) return std::unexpected(fields.error());
  return build(*password, *fields);
}

}  // namespace

std::expected<EcrMessage, ZvtError> decodeEcrMessage(const Apdu& apdu) {
  const ByteView data = apdu.data;
  const std::size_t base = apduHeaderSize(apdu);
  if (apdu.cls == 0x80 && apdu.instr == 0x00) return EcrMessage{EcrAck{}};
  if (apdu.cls == 0x84) return EcrMessage{EcrNak{apdu.instr}};
  switch (apdu.command()) {
    case 0x0600: return registration(data, base);
    case 0x0601: return authorization(data, base);
    case 0x0630:
      return withPassword(data, base, [](std::uint32_t pw, Fields& f) -> EcrMessage {
        return ReversalCommand{pw, f.receipt, f.amount, f.currency, std::move(f.tlv)};
      });
    case 0x0631:
      return withPassword(data, base, [](std::uint32_t pw, Fields& f) -> EcrMessage {
        return RefundCommand{pw, f.amount, f.currency, std::move(f.tlv)};
      });
    case 0x0650:
      return withPassword(data, base, [](std::uint32_t pw, Fields& f) -> EcrMessage {
        return EndOfDayCommand{pw, std::move(f.tlv)};
      });
    case 0x0620:
      return withPassword(data, base, [](std::uint32_t pw, Fields& f) -> EcrMessage {
        return RepeatReceiptCommand{pw, f.byte(bmp_tag::kServiceByte), std::move(f.tlv)};
      });
    case 0x0501:
      if (data.empty()) return EcrMessage{StatusEnquiryCommand{}};
      return withPassword(data, base, [](std::uint32_t pw, Fields& f) -> EcrMessage {
        return StatusEnquiryCommand{pw, f.byte(bmp_tag::kServiceByte), std::move(f.tlv)};
      });
    case 0x06B0: {
      auto fields = readFields(data, base);
      if (!fields) return std::unexpected(fields.error());
      return EcrMessage{AbortCommand{fields->byte(bmp_tag::kCardOutputDirection), fields->byte(bmp_tag::kReaderActivation)}};
    }
    case 0x0602: return EcrMessage{LogOffCommand{}};
    case 0x0670: {
      auto fields = readFields(data, base);
      if (!fields) return std::unexpected(fields.error());
      return EcrMessage{DiagnosisCommand{std::move(fields->tlv)}};
    }
    default: return EcrMessage{UnknownCommand{apdu}};
  }
}

}  // namespace foyer::payment::zvt
