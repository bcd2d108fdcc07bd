#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "drivers/payment/protocol/pt_messages.hpp"

namespace foyer::simulators::zvt {

// The receipts the simulated terminal prints through the ECR (06 D3 blocks or 06 D1 lines), German as
// a German terminal prints them; the protocol carries them in CP437 (umlauts 84/94/81, ß E1).

enum class ReceiptCopy : std::uint8_t { Merchant = 1, Customer = 2, Administration = 3 };

enum class ReceiptKind : std::uint8_t { Payment, Declined, Reversal, EndOfDay };

struct ReceiptContext {
  std::string merchant;
  bool repeated = false;  // a Repeat Receipt: marked as a copy
};

// Lines of one receipt, ending with the end-of-receipt line (attribute 81).
payment::zvt::PrintTextBlock receipt(const payment::zvt::StatusInformation& info, ReceiptKind kind, ReceiptCopy copy,
                                     const ReceiptContext& context);

// "12,50" (German decimal comma).
std::string germanAmount(std::uint64_t cents);

}  // namespace foyer::simulators::zvt
