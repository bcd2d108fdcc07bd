#include "drivers/simulators/zvt_terminal/receipts.hpp"

#include <cstdio>

#include "drivers/payment/protocol/codes.hpp"

namespace foyer::simulators::zvt {
namespace {

namespace pz = payment::zvt;

constexpr std::size_t kWidth = 24;  // characters; what narrow terminal printers print

// Counts characters, not UTF-8 bytes, so umlauts do not break the alignment.
std::size_t columns(const std::string& text) {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return count;
}

// "left ... right" spread over the receipt width.
std::string spread(const std::string& left, const std::string& right) {
  const std::size_t used = columns(left) + columns(right);
  return left + std::string(used < kWidth ? kWidth - used : 1, ' ') + right;
}

std::string padded(std::uint32_t value, int digits) {
  char text[16];
  std::snprintf(text, sizeof text, "%0*u", digits, value);
  return text;
}

// "06-10" → "10.06."
std::string germanDate(const std::string& monthDay) {
  if (monthDay.size() != 5) return monthDay;
  return monthDay.substr(3, 2) + "." + monthDay.substr(0, 2) + ".";
}

}  // namespace

std::string germanAmount(std::uint64_t cents) {
  char text[32];
  std::snprintf(text, sizeof text, "%llu,%02llu", static_cast<unsigned long long>(cents / 100),
                static_cast<unsigned long long>(cents % 100));
  return text;
}

pz::PrintTextBlock receipt(const pz::StatusInformation& info, ReceiptKind kind, ReceiptCopy copy,
                           const ReceiptContext& context) {
  pz::PrintTextBlock block;
  block.receiptType = static_cast<std::uint8_t>(copy);
  auto line = [&](std::uint8_t attribute, std::string text) { block.lines.push_back({attribute, std::move(text), 0, {}}); };
  constexpr std::uint8_t kPlain = 0x00;
  constexpr std::uint8_t kCentred = 0x40;
  constexpr std::uint8_t kWide = 0x20;

  line(kCentred, context.merchant);
  switch (copy) {
    case ReceiptCopy::Merchant: line(kCentred, "** Händlerbeleg **"); break;
    case ReceiptCopy::Customer: line(kCentred, "** Kundenbeleg **"); break;
    case ReceiptCopy::Administration: line(kCentred, "** Kassenschnitt **"); break;
  }
  if (context.repeated) line(kCentred, "* Kopie *");
  line(kPlain, "");
  if (kind == ReceiptKind::Reversal) line(kWide, "STORNO");
  if (kind != ReceiptKind::EndOfDay) {
    line(kPlain, "Kartenzahlung");
    const auto scheme = info.cardType ? pz::cardSchemeName(*info.cardType) : std::nullopt;
    if (info.cardName || scheme) line(kPlain, info.cardName.value_or(scheme ? std::string(*scheme) : ""));
  }
  if (info.date || info.time) {
    line(kPlain, spread("Datum " + germanDate(info.date.value_or("")), info.time.value_or("") + " Uhr"));
  }
  if (info.terminalId) line(kPlain, spread("Terminal-ID", padded(*info.terminalId, 8)));
  if (info.trace) line(kPlain, spread("TA-Nr.", padded(*info.trace, 6)));
  if (info.receiptNumber) line(kPlain, spread("Beleg-Nr.", padded(*info.receiptNumber, 4)));
  if (info.originalTrace) line(kPlain, spread("Storno zu TA-Nr.", padded(*info.originalTrace, 6)));
  if (info.maskedPan) line(kPlain, "Karte " + *info.maskedPan);
  if (info.expiry) line(kPlain, spread("gültig bis", info.expiry->substr(3, 2) + "/" + info.expiry->substr(0, 2)));
  line(kPlain, "");
  if (info.amountCents) {
    line(kPlain, spread(kind == ReceiptKind::EndOfDay ? "Summe EUR" : "Betrag EUR", germanAmount(*info.amountCents)));
  }
  line(kPlain, "");
  switch (kind) {
    case ReceiptKind::Payment: line(kWide, "Zahlung erfolgt"); break;
    case ReceiptKind::Declined:
      line(kWide, "Zahlung nicht erfolgt");
      if (info.additionalText) line(kPlain, *info.additionalText);
      break;
    case ReceiptKind::Reversal: line(kWide, "Storno erfolgt"); break;
    case ReceiptKind::EndOfDay: line(kWide, "Kassenschnitt erfolgt"); break;
  }
  if (copy == ReceiptCopy::Customer) line(kCentred, "Bitte Beleg aufbewahren");
  line(0x81, "");
  return block;
}

}  // namespace foyer::simulators::zvt
