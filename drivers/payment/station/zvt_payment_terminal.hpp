#pragma once
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <variant>

#include "drivers/payment/station/payment_events.hpp"
#include "drivers/payment/station/payment_journal.hpp"
#include "drivers/payment/station/payment_terminal.hpp"
#include "drivers/payment/station/zvt_session.hpp"

namespace foyer::payment {

using PaymentReport = std::variant<PaymentPrompt, PaymentEnded, PaymentRecovered>;

struct ZvtTerminalSettings {
  ZvtSessionSettings session;
  std::string terminalName = "foyer";  // prefix of payment references
};

// A ZVT payment terminal (checklist: registration 06 00 with config BE and text blocks; authorisation
// 06 01 with intermediate status shown to the visitor; status information stored before it is
// acknowledged; receipts kept from 06 D3 / 06 D1; abort 06 B0 on Cancel; reversal 06 30 and repeat
// receipt 06 20 for recovery). One worker thread owns the link and the session; pay(), cancel() and
// settle() only hand work over. Every step of a payment is in the journal before the PT hears of it,
// so the worker can finish any payment a power cut interrupted (docs/payment.md):
//   pending   -> nothing acknowledged: the PT cannot have booked it -> failed
//   approved/paid, visit lost -> reversed (the visitor is not charged for a visit that is gone)
//   connection lost mid-payment, visit still here -> the PT's last transaction decides: paid or failed
class ZvtPaymentTerminal final : public PaymentTerminal {
 public:
  using Report = std::function<void(PaymentReport)>;
  using Now = std::function<std::string()>;  // ISO 8601 UTC for the journal

  ZvtPaymentTerminal(std::unique_ptr<ZvtLink> link, ZvtTerminalSettings settings, PaymentJournal& journal, Now now,
                     Report report);
  ~ZvtPaymentTerminal() override;
  ZvtPaymentTerminal(const ZvtPaymentTerminal&) = delete;
  ZvtPaymentTerminal& operator=(const ZvtPaymentTerminal&) = delete;

  std::uint64_t pay(const PaymentRequest& request) override;
  void cancel() override;
  void abandon() override;
  void settle(const std::string& reference) override;

 private:
  struct PayJob {
    std::uint64_t id;
    PaymentRequest request;
  };
  struct SettleJob {
    std::string reference;
  };
  using Job = std::variant<PayJob, SettleJob>;

  void run(const std::stop_token& stop);
  // Cancels queued payments and asks the PT to stop the running one; `abandon`: its visit is gone.
  void stopPayments(bool abandon);
  void settleNow(const std::string& reference);
  PaymentEnded charge(std::uint64_t id, const PaymentRequest& request);
  // Finishes payments left by an earlier run; false if one still needs the PT and it cannot be reached.
  bool recoverUnfinished();
  void recover(PaymentRecord record);
  // The connection dropped after the PT approved: ask it what became of our payment.
  void settleLostConnection(PaymentRecord& record);
  // Reverses `record` by its receipt number; its state is Reversed, Failed or Unresolved afterwards.
  void reverse(PaymentRecord& record, const std::string& why);
  std::optional<zvt::StatusInformation> lastTransaction();
  bool save(PaymentRecord& record, const std::string& event);

  std::unique_ptr<ZvtLink> m_link;
  ZvtTerminalSettings m_settings;
  ZvtSession m_session;
  PaymentJournal& m_journal;
  Now m_now;
  Report m_report;

  std::mutex m_mutex;
  std::condition_variable_any m_wake;
  std::deque<Job> m_jobs;
  std::uint64_t m_lastId = 0;
  std::uint64_t m_activeId = 0;       // the payment the worker is running; 0: none
  std::set<std::uint64_t> m_cancelled;  // queued payments cancelled before they started
  bool m_abandoned = false;           // the active payment's visit is gone
  std::set<std::string> m_live;       // paid, waiting for their visit to be recorded (this run only)
  std::jthread m_worker;
};

}  // namespace foyer::payment
