#include "drivers/payment/station/zvt_payment_terminal.hpp"

#include <algorithm>
#include <utility>

#include "drivers/payment/station/reconciliation.hpp"

namespace foyer::payment {

namespace {

constexpr std::uint8_t kAlreadyReversed = 0xB4;
constexpr std::uint8_t kCustomerReceipt = 0x02;

std::string twoDigits(const std::optional<std::string>& text) { return text.value_or("?"); }

std::vector<ReceiptLine> toReceiptLines(const std::vector<zvt::PrintLine>& lines) {
  std::vector<ReceiptLine> out;
  for (const auto& line : lines) {
    if (line.endOfReceipt() && line.text.empty()) continue;
    out.push_back({.text = std::string(static_cast<std::size_t>(line.indent()), ' ') + line.text,
                   .centred = line.centred(),
                   .doubleWidth = line.doubleWidth(),
                   .doubleHeight = line.doubleHeight()});
  }
  return out;
}

// Collects the PT's receipts: text blocks say which copy they are; loose print lines do not, and the
// customer copy is the last receipt a payment prints.
class ReceiptCollector {
 public:
  void add(const zvt::PrintTextBlock& block) {
    if (block.receiptType && *block.receiptType != kCustomerReceipt) return;
    m_customer = toReceiptLines(block.lines);
    m_typed = block.receiptType.has_value();
  }
  void add(const zvt::PrintLine& line) {
    if (m_typed) return;
    m_current.push_back(line);
    if (line.endOfReceipt()) {
      m_customer = toReceiptLines(m_current);
      m_current.clear();
    }
  }
  [[nodiscard]] std::vector<ReceiptLine> customer() const {
    return m_customer.empty() ? toReceiptLines(m_current) : m_customer;
  }

 private:
  std::vector<ReceiptLine> m_customer;
  std::vector<zvt::PrintLine> m_current;
  bool m_typed = false;
};

void takeApproval(PaymentRecord& record, const zvt::StatusInformation& info) {
  record.resultCode = info.result;
  record.receiptNumber = info.receiptNumber;
  record.trace = info.trace;
  record.terminalId = info.terminalId;
  record.cardName = info.cardName;
  record.maskedPan = info.maskedPan;
  if (info.date || info.time) record.ptDateTime = twoDigits(info.date) + " " + twoDigits(info.time);
}

}  // namespace

ZvtPaymentTerminal::ZvtPaymentTerminal(std::unique_ptr<ZvtLink> link, ZvtTerminalSettings settings,
                                       PaymentJournal& journal, Now now, Report report)
    : m_link(std::move(link)),
      m_settings(std::move(settings)),
      m_session(*m_link, m_settings.session),
      m_journal(journal),
      m_now(std::move(now)),
      m_report(std::move(report)),
      m_worker([this](const std::stop_token& stop) { run(stop); }) {}

ZvtPaymentTerminal::~ZvtPaymentTerminal() {
  m_worker.request_stop();
  m_link->interrupt();
  m_wake.notify_all();
  if (m_worker.joinable()) m_worker.join();
}

std::uint64_t ZvtPaymentTerminal::pay(const PaymentRequest& request) {
  const std::scoped_lock lock(m_mutex);
  const std::uint64_t id = ++m_lastId;
  m_jobs.push_back(PayJob{id, request});
  m_wake.notify_all();
  return id;
}

void ZvtPaymentTerminal::stopPayments(bool abandon) {
  const std::scoped_lock lock(m_mutex);
  for (const auto& job : m_jobs) {
    if (const auto* pay = std::get_if<PayJob>(&job)) m_cancelled.insert(pay->id);
  }
  if (m_activeId == 0) return;
  m_abandoned = m_abandoned || abandon;
  m_session.requestAbort();
}

void ZvtPaymentTerminal::cancel() { stopPayments(false); }

void ZvtPaymentTerminal::abandon() { stopPayments(true); }

void ZvtPaymentTerminal::settle(const std::string& reference) {
  const std::scoped_lock lock(m_mutex);
  m_jobs.push_back(SettleJob{reference});
  m_wake.notify_all();
}

void ZvtPaymentTerminal::run(const std::stop_token& stop) {
  recoverUnfinished();
  while (!stop.stop_requested()) {
    Job job;
    {
      std::unique_lock lock(m_mutex);
      m_wake.wait(lock, stop, [this] { return !m_jobs.empty(); });
      if (stop.stop_requested()) break;
      job = std::move(m_jobs.front());
      m_jobs.pop_front();
      if (const auto* pay = std::get_if<PayJob>(&job)) {
        if (m_cancelled.erase(pay->id) != 0) {
          PaymentEnded ended{.attemptId = pay->id, .outcome = PaymentEnded::Outcome::NotPaid,
                             .problem = zvt::PaymentProblem::Cancelled, .record = {}, .message = "cancelled before it began"};
          lock.unlock();
          m_report(std::move(ended));
          continue;
        }
        m_activeId = pay->id;
        m_abandoned = false;
      }
    }
    if (const auto* pay = std::get_if<PayJob>(&job)) {
      PaymentEnded ended = charge(pay->id, pay->request);
      bool abandoned = false;
      {
        const std::scoped_lock lock(m_mutex);
        m_activeId = 0;
        abandoned = std::exchange(m_abandoned, false);
      }
      if (abandoned && ended.outcome == PaymentEnded::Outcome::Paid) {
        // The PT finished the payment although its visit had ended: undo it.
        m_live.erase(ended.record.reference);
        reverse(ended.record, "the visit ended while the terminal was still charging");
        ended.outcome = PaymentEnded::Outcome::NotPaid;
        ended.problem = zvt::PaymentProblem::Cancelled;
      }
      m_report(std::move(ended));
    } else if (const auto* settleJob = std::get_if<SettleJob>(&job)) {
      settleNow(settleJob->reference);
    }
  }
  // Settling is a journal write the visit is counting on: finish those still queued before stopping.
  std::deque<Job> left;
  {
    const std::scoped_lock lock(m_mutex);
    left.swap(m_jobs);
  }
  for (const Job& job : left) {
    if (const auto* settleJob = std::get_if<SettleJob>(&job)) settleNow(settleJob->reference);
  }
  m_session.close();
}

void ZvtPaymentTerminal::settleNow(const std::string& reference) {
  if (auto record = m_journal.find(reference); record && record->state == PaymentState::Paid) {
    record->state = PaymentState::Settled;
    save(*record, "the visit was recorded");
  }
  m_live.erase(reference);
}

bool ZvtPaymentTerminal::save(PaymentRecord& record, const std::string& event) {
  record.updatedAt = m_now();
  if (record.createdAt.empty()) record.createdAt = record.updatedAt;
  return m_journal.save(record, event).has_value();
}

PaymentEnded ZvtPaymentTerminal::charge(std::uint64_t id, const PaymentRequest& request) {
  PaymentEnded ended{.attemptId = id, .outcome = PaymentEnded::Outcome::Unavailable,
                     .problem = zvt::PaymentProblem::TerminalFault, .record = {}, .message = {}};
  auto unavailable = [&ended](zvt::PaymentProblem problem, std::string message) {
    ended.outcome = PaymentEnded::Outcome::Unavailable;
    ended.problem = problem;
    ended.message = std::move(message);
    return ended;
  };
  // Repeat Receipt only tells about the PT's last transaction: a payment left open must be finished
  // before a new one would hide it.
  if (!recoverUnfinished()) {
    return unavailable(zvt::PaymentProblem::CommunicationFault, "an earlier payment is not settled yet");
  }
  if (request.amountCents == 0) return unavailable(zvt::PaymentProblem::Other, "nothing to pay");
  for (const auto& earlier : m_journal.unfinished()) {
    if (earlier.state == PaymentState::Unresolved) {
      return unavailable(zvt::PaymentProblem::TerminalFault,
                         "payment " + earlier.reference + " is unresolved: staff must check it (foyerctl payment list)");
    }
  }
  if (!m_session.isOpen()) {
    if (auto opened = m_session.open(); !opened) return unavailable(zvt::PaymentProblem::CommunicationFault, opened.error());
  }

  PaymentRecord record;
  record.reference = m_journal.newReference(m_settings.terminalName, m_now());
  record.amountCents = request.amountCents;
  record.currency = request.currency;
  record.note = request.purpose;
  if (!save(record, "authorisation requested")) {
    return unavailable(zvt::PaymentProblem::TerminalFault, "the payment journal cannot be written");
  }

  std::optional<zvt::StatusInformation> refusal;
  bool approvalStored = false;
  ReceiptCollector receipts;
  const MessageHandler handler = [&](const zvt::PtMessage& message) {
    if (const auto* status = std::get_if<zvt::IntermediateStatus>(&message)) {
      m_report(PaymentPrompt{.attemptId = id, .prompt = zvt::promptOf(status->code)});
    } else if (const auto* info = std::get_if<zvt::StatusInformation>(&message)) {
      if (info->result != 0) {
        refusal = *info;
        record.resultCode = info->result;
        return true;
      }
      // The approval is on disk before the PT hears our acknowledgement: once acknowledged the PT books
      // it, so we must never lose it. If it cannot be stored, refusing makes the PT reverse instead.
      PaymentRecord approved = record;
      takeApproval(approved, *info);
      approved.state = PaymentState::Approved;
      if (!save(approved, "approved by the terminal")) return false;
      record = approved;
      approvalStored = true;
    } else if (const auto* block = std::get_if<zvt::PrintTextBlock>(&message)) {
      receipts.add(*block);
    } else if (const auto* line = std::get_if<zvt::PrintLine>(&message)) {
      receipts.add(*line);
    }
    return true;
  };
  const CommandEnd end = m_session.run(zvt::authorization(request.amountCents, request.currency), handler);
  record.customerReceipt = receipts.customer();

  if (end.kind == CommandEnd::Kind::Completed && approvalStored) {
    record.state = PaymentState::Paid;
    save(record, "completed");
  } else if (end.kind == CommandEnd::Kind::NoAnswer || end.kind == CommandEnd::Kind::LinkLost) {
    if (approvalStored) {
      settleLostConnection(record);
    } else {
      // Nothing acknowledged: the PT books nothing it has not heard us acknowledge.
      record.state = PaymentState::Failed;
      save(record, "no answer from the terminal before an approval: " + end.detail);
    }
  } else {
    // Declined, cancelled, refused, or completed without an approval.
    const std::uint8_t code = end.kind == CommandEnd::Kind::Completed ? record.resultCode.value_or(0) : end.code;
    record.resultCode = code;
    record.state = PaymentState::Failed;
    save(record, end.detail + (refusal && refusal->additionalText ? " (" + *refusal->additionalText + ")" : ""));
  }

  ended.record = record;
  ended.message = end.detail;
  if (record.state == PaymentState::Paid) {
    m_live.insert(record.reference);
    ended.outcome = PaymentEnded::Outcome::Paid;
    ended.problem = zvt::PaymentProblem::Other;
    return ended;
  }
  ended.outcome = PaymentEnded::Outcome::NotPaid;
  if (end.kind == CommandEnd::Kind::NoAnswer || end.kind == CommandEnd::Kind::LinkLost) {
    ended.problem = zvt::PaymentProblem::CommunicationFault;
  } else {
    ended.problem = zvt::problemOf(record.resultCode.value_or(0xFF));
  }
  return ended;
}

void ZvtPaymentTerminal::settleLostConnection(PaymentRecord& record) {
  const auto last = lastTransaction();
  switch (judge(record, last)) {
    case Verdict::Booked:
      record.state = PaymentState::Paid;
      save(record, "connection lost after the approval; the terminal confirms the payment");
      return;
    case Verdict::NotBooked:
      record.state = PaymentState::Failed;
      save(record, "connection lost after the approval; the terminal did not book it");
      return;
    case Verdict::Unknown:
      // When in doubt, undo: the visitor may pay again, but is never charged twice.
      reverse(record, "connection lost after the approval and the terminal's last transaction is not ours");
      if (record.state == PaymentState::Reversed) record.state = PaymentState::Failed;
      return;
  }
}

std::optional<zvt::StatusInformation> ZvtPaymentTerminal::lastTransaction() {
  if (!m_session.isOpen() && !m_session.open()) return std::nullopt;
  std::optional<zvt::StatusInformation> last;
  const MessageHandler handler = [&last](const zvt::PtMessage& message) {
    if (const auto* info = std::get_if<zvt::StatusInformation>(&message)) last = *info;
    return true;
  };
  const CommandEnd end = m_session.run(zvt::repeatReceipt(m_settings.session.password, true), handler);
  if (end.kind != CommandEnd::Kind::Completed && end.kind != CommandEnd::Kind::Aborted) return std::nullopt;
  return last;
}

void ZvtPaymentTerminal::reverse(PaymentRecord& record, const std::string& why) {
  if (!record.receiptNumber) {
    record.state = PaymentState::Unresolved;
    save(record, why + "; no receipt number to reverse it by");
    return;
  }
  if (record.state != PaymentState::Reversing) {
    record.state = PaymentState::Reversing;
    save(record, why + "; reversing");
  }
  if (!m_session.isOpen()) {
    if (auto opened = m_session.open(); !opened) return;  // stays Reversing: tried again later
  }
  const CommandEnd end = m_session.run(zvt::reversal(m_settings.session.password, *record.receiptNumber),
                                       [](const zvt::PtMessage&) { return true; });
  if (end.kind == CommandEnd::Kind::Completed && end.code == 0) {
    record.state = PaymentState::Reversed;
    save(record, "reversed by the terminal");
  } else if ((end.kind == CommandEnd::Kind::Aborted || end.kind == CommandEnd::Kind::Refused) &&
             end.code == kAlreadyReversed) {
    record.state = PaymentState::Reversed;
    save(record, "the terminal had already reversed it");
  } else if (end.kind == CommandEnd::Kind::Aborted || end.kind == CommandEnd::Kind::Refused ||
             end.kind == CommandEnd::Kind::Completed) {
    // The PT will not reverse it: did it book it at all?
    if (judge(record, lastTransaction()) == Verdict::NotBooked) {
      record.state = PaymentState::Failed;
      save(record, "reversal refused (" + end.detail + "); the terminal never booked it");
    } else {
      record.state = PaymentState::Unresolved;
      save(record, "reversal refused (" + end.detail + "): staff must refund or confirm it");
    }
  }
  // NoAnswer / LinkLost: stays Reversing and is tried again before the next payment.
}

bool ZvtPaymentTerminal::recoverUnfinished() {
  bool allDone = true;
  for (auto& record : m_journal.unfinished()) {
    if (m_live.contains(record.reference) || record.state == PaymentState::Unresolved) continue;
    recover(record);
    if (auto now = m_journal.find(record.reference); now && !isFinal(now->state) &&
                                                      now->state != PaymentState::Unresolved) {
      allDone = false;
    }
  }
  return allDone;
}

void ZvtPaymentTerminal::recover(PaymentRecord record) {
  if (record.state == PaymentState::Pending) {
    // We stored every approval before acknowledging it; a pending payment had none acknowledged, and the
    // PT books only what we acknowledged (ZVT 2.2.8).
    record.state = PaymentState::Failed;
    save(record, "interrupted before an approval was acknowledged: not booked");
  } else {
    // Approved, paid or reversing, and its visit is gone (the kiosk restarted): undo the charge.
    reverse(record, "the kiosk restarted before the visit was recorded");
  }
  if (auto now = m_journal.find(record.reference); now && now->state != PaymentState::Reversing) {
    m_report(PaymentRecovered{.record = *now});
  }
}

}  // namespace foyer::payment
