#include <cstdio>

#include "drivers/payment/protocol/codes.hpp"

namespace foyer::payment::zvt {
namespace {

std::string numbered(const char* what, std::uint8_t code) {
  char text[48];
  std::snprintf(text, sizeof text, "%s 0x%02X", what, code);
  return text;
}

}  // namespace

std::string resultText(std::uint8_t code) {
  switch (code) {
    case 0x00: return "no error";
    case 0x05: return "declined by the card issuer (host 05: do not honour)";
    case 0x33: return "declined: insufficient funds (host 51)";
    case 0x36: return "declined: card expired (host 54)";
    case 0x37: return "declined: incorrect PIN (host 55)";
    case 0x4B: return "declined: PIN tries exceeded (host 75)";
    case 0x64: return "card not readable";
    case 0x65: return "card data not present";
    case 0x66: return "processing error";
    case 0x67: return "function not permitted for this card class";
    case 0x68: return "function not permitted for this card class";
    case 0x6A: return "turnover file full";
    case 0x6B: return "function deactivated (PT not registered)";
    case 0x6C: return "abort via timeout or abort key";
    case 0x6E: return "card in blocked list";
    case 0x6F: return "wrong currency";
    case 0x71: return "credit not sufficient";
    case 0x72: return "chip error";
    case 0x73: return "card data incorrect";
    case 0x77: return "end-of-day batch not possible";
    case 0x78: return "card expired";
    case 0x79: return "card not yet valid";
    case 0x7A: return "card unknown";
    case 0x7D: return "communication error";
    case 0x83: return "function not possible";
    case 0x89: return "PIN pad defective";
    case 0x9A: return "ZVT protocol error";
    case 0x9B: return "dial-up/communication fault";
    case 0x9C: return "please wait";
    case 0xA0: return "receiver not ready";
    case 0xA1: return "remote station does not respond";
    case 0xA3: return "no connection";
    case 0xA5: return "forbidden by PCI/P2PE rules";
    case 0xB1: return "memory full";
    case 0xB2: return "merchant journal full";
    case 0xB4: return "already reversed";
    case 0xB5: return "reversal not possible";
    case 0xB7: return "amount error (pre-authorisation)";
    case 0xB8: return "pre-authorisation error";
    case 0xC2: return "diagnosis required";
    case 0xC3: return "maximum amount exceeded";
    case 0xC5: return "payment method not supported";
    case 0xC6: return "currency not applicable";
    case 0xC8: return "amount too small";
    case 0xCC: return "printer not ready";
    case 0xDC: return "card inserted";
    case 0xE2: return "card reader defective";
    case 0xE4: return "activation required";
    case 0xED: return "PIN pad defective";
    case 0xF0: return "open end-of-day batch present";
    case 0xFF: return "system error (see vendor code/text)";
    default: break;
  }
  if (code >= 0x01 && code <= 0x63) return numbered("declined by the authorisation host, code", code);
  return numbered("result code", code);
}

PaymentProblem problemOf(std::uint8_t code) {
  switch (code) {
    case 0x33: case 0x71: return PaymentProblem::InsufficientFunds;
    case 0x36: case 0x78: return PaymentProblem::CardExpired;
    case 0x37: case 0x4B: return PaymentProblem::WrongPin;
    case 0x64: case 0x65: case 0x72: case 0x73: return PaymentProblem::CardUnreadable;
    case 0x67: case 0x68: case 0x6F: case 0x79: case 0x7A: case 0xC5: case 0xC6: return PaymentProblem::CardNotAccepted;
    case 0x6E: case 0xC3: case 0xC8: return PaymentProblem::Declined;
    case 0x6C: return PaymentProblem::Cancelled;
    case 0x9C: case 0xDC: return PaymentProblem::TerminalBusy;
    case 0x7D: case 0x9A: case 0x9B: case 0xA0: case 0xA1: case 0xA3: return PaymentProblem::CommunicationFault;
    case 0x66: case 0x6A: case 0x6B: case 0x77: case 0x83: case 0x89: case 0xB1: case 0xB2: case 0xC2: case 0xCC:
    case 0xE2: case 0xE4: case 0xED: case 0xF0: case 0xFF:
      return PaymentProblem::TerminalFault;
    default: break;
  }
  if (code >= 0x01 && code <= 0x63) return PaymentProblem::Declined;
  return PaymentProblem::Other;
}

std::string_view problemName(PaymentProblem problem) {
  switch (problem) {
    case PaymentProblem::Declined: return "declined";
    case PaymentProblem::Cancelled: return "cancelled";
    case PaymentProblem::CardUnreadable: return "card unreadable";
    case PaymentProblem::CardExpired: return "card expired";
    case PaymentProblem::CardNotAccepted: return "card not accepted";
    case PaymentProblem::InsufficientFunds: return "insufficient funds";
    case PaymentProblem::WrongPin: return "wrong PIN";
    case PaymentProblem::TerminalBusy: return "terminal busy";
    case PaymentProblem::TerminalFault: return "terminal fault";
    case PaymentProblem::CommunicationFault: return "communication fault";
    case PaymentProblem::Other: return "other";
  }
  return "other";
}

std::optional<std::string_view> currencyLetters(std::uint16_t numeric) {
  switch (numeric) {
    case 978: return "EUR";
    case 756: return "CHF";
    case 826: return "GBP";
    case 840: return "USD";
    case 203: return "CZK";
    case 348: return "HUF";
    case 985: return "PLN";
    case 208: return "DKK";
    case 752: return "SEK";
    case 578: return "NOK";
    default: return std::nullopt;
  }
}

}  // namespace foyer::payment::zvt
