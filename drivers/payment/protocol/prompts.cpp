#include <cstdio>

#include "drivers/payment/protocol/codes.hpp"

namespace foyer::payment::zvt {
namespace {

// 41..5D are 01..1D with "please remove card".
std::uint8_t baseCode(std::uint8_t code) { return code >= 0x41 && code <= 0x5D ? static_cast<std::uint8_t>(code - 0x40) : code; }

}  // namespace

TerminalPrompt promptOf(std::uint8_t code) {
  switch (baseCode(code)) {
    case 0x00: return TerminalPrompt::ConfirmAmount;
    case 0x01: case 0x02: case 0xCC: return TerminalPrompt::EnterPin;
    case 0x03: case 0x07: case 0x08: case 0x10: return TerminalPrompt::CardNotAccepted;
    case 0x04: case 0xD2: case 0xD3: case 0xF2: return TerminalPrompt::WaitingForHost;
    case 0x05: case 0x06: case 0x0E: case 0x0F: case 0x17: case 0x68: case 0xC9: case 0xCA: case 0xF1: case 0xF3:
      return TerminalPrompt::PleaseWait;
    case 0x09: return TerminalPrompt::CardExpired;
    case 0x0A: return TerminalPrompt::InsertCard;
    case 0x0B: return TerminalPrompt::RemoveCard;
    case 0x0C: case 0x19: return TerminalPrompt::CardNotReadable;
    case 0x0D: return TerminalPrompt::ProcessingError;
    case 0x12: return TerminalPrompt::SystemMalfunction;
    case 0x13: return TerminalPrompt::PaymentNotPossible;
    case 0x14: case 0x16: return TerminalPrompt::InsufficientFunds;
    case 0x15: return TerminalPrompt::IncorrectPin;
    case 0x18: return TerminalPrompt::PinTryLimitExceeded;
    case 0x1B: case 0x1C: return TerminalPrompt::Approved;
    case 0x1D: return TerminalPrompt::Declined;
    case 0x28: case 0x29: case 0x2C: case 0x69: case 0xE0: case 0xE1: return TerminalPrompt::Selection;
    default: return TerminalPrompt::Other;
  }
}

bool removeCardAsked(std::uint8_t code) { return code == 0x0B || (code >= 0x41 && code <= 0x5D); }

std::string_view promptName(TerminalPrompt prompt) {
  switch (prompt) {
    case TerminalPrompt::InsertCard: return "insert card";
    case TerminalPrompt::RemoveCard: return "remove card";
    case TerminalPrompt::EnterPin: return "enter PIN";
    case TerminalPrompt::PleaseWait: return "please wait";
    case TerminalPrompt::WaitingForHost: return "waiting for host";
    case TerminalPrompt::ConfirmAmount: return "confirm amount";
    case TerminalPrompt::CardNotReadable: return "card not readable";
    case TerminalPrompt::CardNotAccepted: return "card not accepted";
    case TerminalPrompt::CardExpired: return "card expired";
    case TerminalPrompt::IncorrectPin: return "incorrect PIN";
    case TerminalPrompt::PinTryLimitExceeded: return "PIN try limit exceeded";
    case TerminalPrompt::InsufficientFunds: return "insufficient funds";
    case TerminalPrompt::ProcessingError: return "processing error";
    case TerminalPrompt::PaymentNotPossible: return "payment not possible";
    case TerminalPrompt::SystemMalfunction: return "system malfunction";
    case TerminalPrompt::Declined: return "declined";
    case TerminalPrompt::Approved: return "approved";
    case TerminalPrompt::Selection: return "selection";
    case TerminalPrompt::Other: return "other";
  }
  return "other";
}

std::string intermediateStatusText(std::uint8_t code) {
  const char* text = nullptr;
  switch (baseCode(code)) {
    case 0x00: text = "waiting for amount confirmation"; break;
    case 0x01: case 0x02: text = "please watch PIN pad"; break;
    case 0x03: text = "not accepted"; break;
    case 0x04: text = "waiting for response from host"; break;
    case 0x05: text = "sending auto-reversal"; break;
    case 0x06: text = "sending post-bookings"; break;
    case 0x07: text = "card not admitted"; break;
    case 0x08: text = "card unknown / undefined"; break;
    case 0x09: text = "expired card"; break;
    case 0x0A: text = "insert card"; break;
    case 0x0B: text = "please remove card"; break;
    case 0x0C: text = "card not readable"; break;
    case 0x0D: text = "processing error"; break;
    case 0x0E: text = "please wait"; break;
    case 0x0F: text = "automatic end-of-day batch running"; break;
    case 0x10: text = "invalid card"; break;
    case 0x11: text = "balance display"; break;
    case 0x12: text = "system malfunction"; break;
    case 0x13: text = "payment not possible"; break;
    case 0x14: text = "credit not sufficient"; break;
    case 0x15: text = "incorrect PIN"; break;
    case 0x16: text = "limit not sufficient"; break;
    case 0x17: text = "please wait"; break;
    case 0x18: text = "PIN try limit exceeded"; break;
    case 0x19: text = "card data incorrect"; break;
    case 0x1A: text = "service mode"; break;
    case 0x1B: text = "approved, please fill up"; break;
    case 0x1C: text = "approved, please take goods"; break;
    case 0x1D: text = "declined"; break;
    case 0x28: text = "currency selection"; break;
    case 0x29: text = "language selection"; break;
    case 0x2B: text = "offline emergency mode"; break;
    case 0x2C: text = "debit/credit selection"; break;
    case 0x68: text = "card insertion detected"; break;
    case 0x69: text = "select DCC"; break;
    case 0xC8: text = "waiting for cashier"; break;
    case 0xC9: text = "automatic diagnosis"; break;
    case 0xCA: text = "automatic initialisation"; break;
    case 0xCC: text = "PIN required"; break;
    case 0xD2: case 0xD3: text = "dial-up"; break;
    case 0xE0: text = "waiting for application selection"; break;
    case 0xE1: text = "waiting for language selection"; break;
    case 0xF1: text = "offline"; break;
    case 0xF2: text = "online"; break;
    case 0xF3: text = "offline transaction"; break;
    case 0xFF: text = "see display text (TLV 24)"; break;
    default: break;
  }
  std::string out;
  if (text == nullptr) {
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "intermediate status 0x%02X", code);
    out = buffer;
  } else {
    out = text;
  }
  if (code >= 0x41 && code <= 0x5D) out += ", please remove card";
  return out;
}

}  // namespace foyer::payment::zvt
