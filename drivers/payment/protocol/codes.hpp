#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace foyer::payment::zvt {

// Two vocabularies (house rule): a precise English text per code for logs and support, and a small set of
// categories for what the visitor is told.

// Result codes (BMP 27, the byte of 06 1E, the code of 84 xx; spec §6.1).
inline constexpr std::uint8_t kResultOk = 0x00;
inline constexpr std::uint8_t kResultAbort = 0x6C;           // timeout or abort key (customer or ECR cancel)
inline constexpr std::uint8_t kResultNotPossible = 0x83;     // function not possible / unknown command
inline constexpr std::uint8_t kResultProtocolError = 0x9A;
inline constexpr std::uint8_t kResultPleaseWait = 0x9C;
inline constexpr std::uint8_t kResultAlreadyReversed = 0xB4;
inline constexpr std::uint8_t kResultReversalNotPossible = 0xB5;
inline constexpr std::uint8_t kResultPrinterNotReady = 0xCC;
inline constexpr std::uint8_t kResultSystemError = 0xFF;

// "host: do not honour" style texts for 01..63; fixed texts above. Unknown codes: "result code 0xNN".
std::string resultText(std::uint8_t code);

enum class PaymentProblem {
  Declined,
  Cancelled,
  CardUnreadable,
  CardExpired,
  CardNotAccepted,
  InsufficientFunds,
  WrongPin,
  TerminalBusy,
  TerminalFault,
  CommunicationFault,
  Other,
};
// For a result code ≠ 00. Host codes 01..63 are the authorisation system's two-digit answer as a binary
// number (hex 63 = 99): 0x33 = "51" insufficient funds, 0x37 = "55" wrong PIN, 0x36 = "54" expired; other
// host codes are declines.
PaymentProblem problemOf(std::uint8_t resultCode);
std::string_view problemName(PaymentProblem problem);

// Intermediate status (04 FF, spec §4.4): what the PT is asking of the visitor.
enum class TerminalPrompt {
  InsertCard,
  RemoveCard,
  EnterPin,
  PleaseWait,
  WaitingForHost,
  ConfirmAmount,
  CardNotReadable,
  CardNotAccepted,
  CardExpired,
  IncorrectPin,
  PinTryLimitExceeded,
  InsufficientFunds,
  ProcessingError,
  PaymentNotPossible,
  SystemMalfunction,
  Declined,
  Approved,
  Selection,  // currency, language, application, DCC
  Other,
};
// 41..5D are 01..1D with "please remove card" added: promptOf gives the 01..1D prompt, removeCardAsked
// says whether the card should come out as well (also true for 0B).
TerminalPrompt promptOf(std::uint8_t intermediateCode);
bool removeCardAsked(std::uint8_t intermediateCode);
std::string_view promptName(TerminalPrompt prompt);
std::string intermediateStatusText(std::uint8_t intermediateCode);

// Terminal status (Completion after 05 01, spec §6.2) and the recovery the spec suggests.
std::string terminalStatusText(std::uint8_t code);

// ZVT card type (BMP 8A) → scheme name ("girocard", "Mastercard", ...); empty for types not listed.
std::optional<std::string_view> cardSchemeName(std::uint8_t cardType);

// ISO 4217 numeric → letters for the currencies a kiosk meets; empty for others.
std::optional<std::string_view> currencyLetters(std::uint16_t numeric);

}  // namespace foyer::payment::zvt
