#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "drivers/payment/protocol/apdu.hpp"
#include "drivers/payment/protocol/tlv.hpp"

namespace foyer::payment::zvt {

// ECR → PT commands the kiosk sends (spec §3). Passwords are the 6-digit number (123456 → 12 34 56);
// currencies the ISO 4217 number (978 = EUR).

inline constexpr std::uint16_t kEuro = 978;

struct RegistrationRequest {
  std::uint32_t password = 0;
  // BE: ECR prints everything through print commands, wants intermediate status, PT keypad locked (§3.1).
  std::uint8_t config = 0xBE;
  std::uint16_t currency = kEuro;
  // Ask for whole receipts (06 D3) instead of line by line (06 D1): TLV 26 { 0A 06 D3 }.
  bool textBlocks = true;
  // Printer width in characters (TLV 12, BCD); the PT echoes the width it uses.
  std::optional<int> printerColumns;
  // Anything else to send in the TLV container (e.g. 1F73 for message sequence ids).
  std::vector<TlvObject> extraTlv;
};
// 06 00: <pw> <config> <CC> [06 TLV]. Without text blocks, columns and extras no TLV is sent (vector S4);
// with text blocks only it is spec vector [M] exactly.
Apdu registration(const RegistrationRequest& request);

struct AuthorizationRequest {
  std::uint64_t amountCents = 0;  // at most kMaxAmountCents
  std::optional<std::uint16_t> currency = kEuro;
  // BMP 19: 40 = the PT decides (no GeldKarte). Empty: the field is left out.
  std::optional<std::uint8_t> paymentType = 0x40;
  std::vector<TlvObject> tlv;  // sent as BMP 06 when not empty (1F1F id mirroring, ...)
};
// 06 01 04 <amount> [49 <CC>] [19 <type>] [06 TLV].
Apdu authorization(const AuthorizationRequest& request);
// The usual form, spec vector [C]: 06 01 0C 04 00 00 00 00 12 50 49 09 78 19 40.
Apdu authorization(std::uint64_t amountCents, std::uint16_t currency = kEuro);

// 06 30 <pw> 87 <receipt, 2 BCD bytes>: reverses the transaction with that receipt number.
Apdu reversal(std::uint32_t password, std::uint32_t receiptNumber);
// 06 31 <pw> 04 <amount> (vector [C]; many acquirers refuse refunds).
Apdu refund(std::uint32_t password, std::uint64_t amountCents);
// 06 50 <pw>.
Apdu endOfDay(std::uint32_t password);
// 05 01 <pw>.
Apdu statusEnquiry(std::uint32_t password);
// 06 70 00 (extended diagnosis, the default).
Apdu diagnosis();
// 06 B0 00.
Apdu abortRequest();
// 06 02 00.
Apdu logOff();
// 06 20 <pw> 03 <service>: bit 0 asks for the last transaction's status information again (resync after a
// lost connection), bit 1 suppresses its printout.
Apdu repeatReceipt(std::uint32_t password, bool suppressPrint);

// The ECR's answers to PT messages: 80 00 00, and 84 <code> 00 (e.g. 84 CC 00 printer not ready).
Apdu positiveAck();
Apdu negativeAck(std::uint8_t code);

}  // namespace foyer::payment::zvt
