#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "drivers/payment/protocol/pt_messages.hpp"

namespace foyer::simulators::zvt {

// What the simulated terminal keeps across restarts, as a real one keeps its journal: booked payments,
// counters and the last transaction (for Repeat Receipt). Tests count charges with it.

struct BookedTransaction {
  std::uint32_t receipt = 0;
  std::uint32_t trace = 0;
  std::uint64_t amountCents = 0;
  bool reversed = false;  // by a Reversal (06 30)
  bool settled = false;   // included in an End-of-Day
  bool operator==(const BookedTransaction&) const = default;
};

struct Ledger {
  std::uint32_t nextReceipt = 1;  // 1..9999 (2 BCD bytes), wraps
  std::uint32_t nextTrace = 1;    // 1..999999 (3 BCD bytes), wraps
  std::vector<BookedTransaction> booked;
  // Approved payments the ECR did not acknowledge (spec 2.2.8): reversed by the terminal itself, never
  // booked. Their receipt numbers, so a later Reversal of one answers "already reversed".
  std::vector<std::uint32_t> autoReversed;
  // The last transaction's Status Information as sent, approved or not (Repeat Receipt re-sends it).
  std::optional<payment::zvt::StatusInformation> last;
  std::optional<std::uint32_t> lastIssuedReceipt;  // payments and reversals take receipt numbers
  bool operator==(const Ledger&) const = default;

  std::uint32_t takeReceipt();
  std::uint32_t takeTrace();
  BookedTransaction* findBooked(std::uint32_t receipt);
  [[nodiscard]] bool autoReversedReceipt(std::uint32_t receipt) const;
  // Booked and not reversed: the customer's money was taken.
  [[nodiscard]] std::size_t charges() const;
  [[nodiscard]] std::size_t reversals() const;
};

// The state file and the control socket's `status` answer. The file holds everything; the status line is
// {"charges": N, "reversed": M, "autoReversed": K, "booked": [{"receipt", "trace", "amount", "reversed"}],
// "lastReceipt": the last receipt number issued, or null}.
std::string ledgerToJson(const Ledger& ledger);
// Empty with a reason in `error` for anything that is not a ledger this program wrote.
std::optional<Ledger> ledgerFromJson(const std::string& text, std::string& error);
std::string statusJson(const Ledger& ledger);

}  // namespace foyer::simulators::zvt
