#include "drivers/payment/protocol/commands.hpp"

#include <algorithm>

#include "drivers/payment/protocol/bcd.hpp"
#include "drivers/payment/protocol/bmp.hpp"

namespace foyer::payment::zvt {
namespace {

Apdu command(std::uint8_t cls, std::uint8_t instr, Bytes data = {}) { return Apdu{cls, instr, std::move(data)}; }

void appendBmp(Bytes& data, std::uint8_t tag, Bytes value) { append(data, encodeBmp(Bmp{tag, std::move(value)})); }

}  // namespace

Apdu registration(const RegistrationRequest& request) {
  Bytes data = encodePassword(request.password);
  data.push_back(request.config);
  append(data, encodeBcd(request.currency, 2));
  std::vector<TlvObject> tlv;
  if (request.textBlocks) {
    tlv.push_back(tlvConstructed(tlv_tag::kPermittedCommands, {tlvPrimitive(tlv_tag::kZvtCommand, {0x06, 0xD3})}));
  }
  if (request.printerColumns) {
    tlv.push_back(tlvPrimitive(tlv_tag::kPrinterColumns,
                               encodeBcd(static_cast<std::uint64_t>(std::clamp(*request.printerColumns, 0, 99)), 1)));
  }
  tlv.insert(tlv.end(), request.extraTlv.begin(), request.extraTlv.end());
  if (!tlv.empty()) append(data, tlvContainer(tlv));
  return command(0x06, 0x00, std::move(data));
}

Apdu authorization(const AuthorizationRequest& request) {
  Bytes data;
  appendBmp(data, bmp_tag::kAmount, encodeAmount(request.amountCents));
  if (request.currency) appendBmp(data, bmp_tag::kCurrency, encodeBcd(*request.currency, 2));
  if (request.paymentType) appendBmp(data, bmp_tag::kPaymentType, {*request.paymentType});
  if (!request.tlv.empty()) append(data, tlvContainer(request.tlv));
  return command(0x06, 0x01, std::move(data));
}

Apdu authorization(std::uint64_t amountCents, std::uint16_t currency) {
  return authorization(AuthorizationRequest{amountCents, currency, 0x40, {}});
}

Apdu reversal(std::uint32_t password, std::uint32_t receiptNumber) {
  Bytes data = encodePassword(password);
  appendBmp(data, bmp_tag::kReceiptNumber, encodeBcd(receiptNumber, 2));
  return command(0x06, 0x30, std::move(data));
}

Apdu refund(std::uint32_t password, std::uint64_t amountCents) {
  Bytes data = encodePassword(password);
  appendBmp(data, bmp_tag::kAmount, encodeAmount(amountCents));
  return command(0x06, 0x31, std::move(data));
}

Apdu endOfDay(std::uint32_t password) { return command(0x06, 0x50, encodePassword(password)); }

Apdu statusEnquiry(std::uint32_t password) { return command(0x05, 0x01, encodePassword(password)); }

Apdu diagnosis() { return command(0x06, 0x70); }

Apdu abortRequest() { return command(0x06, 0xB0); }

Apdu logOff() { return command(0x06, 0x02); }

Apdu repeatReceipt(std::uint32_t password, bool suppressPrint) {
  Bytes data = encodePassword(password);
  appendBmp(data, bmp_tag::kServiceByte, {static_cast<std::uint8_t>(suppressPrint ? 0x03 : 0x01)});
  return command(0x06, 0x20, std::move(data));
}

Apdu positiveAck() { return command(0x80, 0x00); }

Apdu negativeAck(std::uint8_t code) { return command(0x84, code); }

}  // namespace foyer::payment::zvt
