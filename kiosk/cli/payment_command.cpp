#include "kiosk/cli/payment_command.hpp"

#include <condition_variable>
#include <deque>
#include <iostream>
#include <mutex>

#include <nlohmann/json.hpp>

#include "drivers/payment/protocol/apdu_description.hpp"
#include "drivers/payment/station/zvt_payment_terminal.hpp"
#include "kiosk/cli/exit_codes.hpp"
#include "kiosk/config/config_loader.hpp"
#include "kiosk/payment/zvt_terminal_setup.hpp"
#include "kiosk/store/sqlite_payment_journal.hpp"

namespace foyer::cli {
namespace {

struct Options {
  std::string config = "/etc/foyer/foyer.toml";
  std::uint64_t amount = 0;
  bool settle = false;
  bool json = false;
  std::size_t count = 20;
};

// The reports of the payment worker, taken on this thread.
class Reports {
 public:
  void post(payment::PaymentReport report) {
    const std::scoped_lock lock(m_mutex);
    m_reports.push_back(std::move(report));
    m_wake.notify_all();
  }
  payment::PaymentReport take() {
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] { return !m_reports.empty(); });
    payment::PaymentReport report = std::move(m_reports.front());
    m_reports.pop_front();
    return report;
  }

 private:
  std::mutex m_mutex;
  std::condition_variable m_wake;
  std::deque<payment::PaymentReport> m_reports;
};

struct Stack {
  config::Config config;
  std::unique_ptr<store::SqlitePaymentJournal> journal;
};

std::optional<Stack> openStack(const Options& options, int& exitCode) {
  auto config = config::loadConfig(options.config);
  if (!config) {
    std::cerr << config.error().describe() << '\n';
    exitCode = kExitBadInput;
    return std::nullopt;
  }
  auto journal = store::SqlitePaymentJournal::open(config->paths.data / "foyer.sqlite");
  if (!journal) {
    std::cerr << "foyerctl: " << journal.error() << '\n';
    exitCode = kExitFailed;
    return std::nullopt;
  }
  return Stack{std::move(*config), std::move(*journal)};
}

std::unique_ptr<payment::ZvtPaymentTerminal> openTerminal(Stack& stack, Reports& reports, int& exitCode) {
  const config::PaymentConfig& settings = stack.config.payment;
  if (settings.terminal.empty()) {
    std::cerr << "foyerctl: no payment terminal configured ([payment] terminal in the configuration)\n";
    exitCode = kExitBadInput;
    return nullptr;
  }
  auto terminal = kiosk_payment::openZvtTerminal(
      stack.config, *stack.journal, [&reports](payment::PaymentReport report) { reports.post(std::move(report)); });
  if (!terminal) {
    std::cerr << "foyerctl: " << terminal.error() << '\n';
    exitCode = kExitBadInput;
    return nullptr;
  }
  return std::move(*terminal);
}

nlohmann::json toJson(const payment::PaymentRecord& record) {
  nlohmann::json out{{"reference", record.reference}, {"amountCents", record.amountCents},
                     {"state", payment::stateName(record.state)}, {"createdAt", record.createdAt},
                     {"updatedAt", record.updatedAt}, {"note", record.note}};
  if (record.receiptNumber) out["receipt"] = *record.receiptNumber;
  if (record.trace) out["trace"] = *record.trace;
  if (record.resultCode) out["resultCode"] = *record.resultCode;
  if (record.cardName) out["card"] = *record.cardName;
  return out;
}

void printRecord(const payment::PaymentRecord& record, bool json) {
  if (json) {
    std::cout << toJson(record).dump() << '\n';
    return;
  }
  std::cout << record.reference << "  " << payment::stateName(record.state) << "  "
            << payment::zvt::formatAmount(record.amountCents, record.currency);
  if (record.receiptNumber) std::cout << "  receipt " << *record.receiptNumber;
  if (!record.note.empty()) std::cout << "  (" << record.note << ')';
  std::cout << '\n';
}

int payCommand(const Options& options) {
  int exitCode = kExitOk;
  auto stack = openStack(options, exitCode);
  if (!stack) return exitCode;
  Reports reports;
  auto terminal = openTerminal(*stack, reports, exitCode);
  if (!terminal) return exitCode;
  const std::uint64_t id = terminal->pay({.amountCents = options.amount, .currency = 978, .purpose = "foyerctl test payment"});
  while (true) {
    payment::PaymentReport report = reports.take();
    if (const auto* prompt = std::get_if<payment::PaymentPrompt>(&report)) {
      if (!options.json) std::cerr << "terminal: " << payment::zvt::promptName(prompt->prompt) << '\n';
      continue;
    }
    if (const auto* recovered = std::get_if<payment::PaymentRecovered>(&report)) {
      if (!options.json) std::cerr << "recovered: ";
      printRecord(recovered->record, options.json);
      continue;
    }
    const auto& ended = std::get<payment::PaymentEnded>(report);
    if (ended.attemptId != id) continue;
    if (ended.outcome == payment::PaymentEnded::Outcome::Paid && options.settle) {
      terminal->settle(ended.record.reference);
    }
    terminal.reset();  // the worker finishes the settle before it stops
    if (ended.outcome != payment::PaymentEnded::Outcome::Paid) {
      std::cerr << "not paid (" << payment::zvt::problemName(ended.problem) << "): " << ended.message << '\n';
      if (!ended.record.reference.empty()) printRecord(*stack->journal->find(ended.record.reference), options.json);
      return kExitFailed;
    }
    printRecord(*stack->journal->find(ended.record.reference), options.json);
    return kExitOk;
  }
}

int listCommand(const Options& options) {
  int exitCode = kExitOk;
  auto stack = openStack(options, exitCode);
  if (!stack) return exitCode;
  for (const auto& record : stack->journal->recent(options.count)) printRecord(record, options.json);
  return kExitOk;
}

// The worker finishes what it can on start; this waits until nothing it could finish is left.
int recoverCommand(const Options& options) {
  int exitCode = kExitOk;
  auto stack = openStack(options, exitCode);
  if (!stack) return exitCode;
  const auto before = stack->journal->unfinished();
  if (before.empty()) {
    if (!options.json) std::cout << "no unfinished payments\n";
    return kExitOk;
  }
  Reports reports;
  auto terminal = openTerminal(*stack, reports, exitCode);
  if (!terminal) return exitCode;
  // A zero-amount "payment" is refused before it reaches the PT; it only makes the worker run its recovery
  // first and tell us when that is over.
  terminal->pay({.amountCents = 0, .currency = 978, .purpose = "recovery"});
  while (true) {
    payment::PaymentReport report = reports.take();
    if (const auto* recovered = std::get_if<payment::PaymentRecovered>(&report)) printRecord(recovered->record, options.json);
    if (std::holds_alternative<payment::PaymentEnded>(report)) break;
  }
  terminal.reset();
  bool open = false;
  for (const auto& record : stack->journal->unfinished()) {
    open = true;
    if (!options.json) std::cout << "still open: ";
    printRecord(record, options.json);
  }
  return open ? kExitFailed : kExitOk;
}

}  // namespace

void addPaymentCommands(CLI::App& app, int& exitCode) {
  auto options = std::make_shared<Options>();
  CLI::App* payment = app.add_subcommand("payment", "Card payments through the configured ZVT card terminal");
  payment->require_subcommand(1);

  CLI::App* pay = payment->add_subcommand("pay", "Run one payment (a test payment) and show how it ended");
  pay->add_option("--config", options->config, "The terminal's configuration file")->capture_default_str();
  pay->add_option("--amount", options->amount, "Amount in cents")->required()->check(CLI::Range(1, 10'000'000));
  pay->add_flag("--settle", options->settle, "Mark the payment final, as the kiosk does once the visit is recorded "
                                             "(without it, the next start reverses it)");
  pay->add_flag("--json", options->json, "One JSON object per payment");
  pay->callback([options, &exitCode] { exitCode = payCommand(*options); });

  CLI::App* list = payment->add_subcommand("list", "The newest payments in the journal");
  list->add_option("--config", options->config, "The terminal's configuration file")->capture_default_str();
  list->add_option("--count", options->count, "How many")->capture_default_str();
  list->add_flag("--json", options->json, "One JSON object per payment");
  list->callback([options, &exitCode] { exitCode = listCommand(*options); });

  CLI::App* recover = payment->add_subcommand(
      "recover", "Finish payments a crash or power cut left open (reverse or fail them with the card terminal)");
  recover->add_option("--config", options->config, "The terminal's configuration file")->capture_default_str();
  recover->add_flag("--json", options->json, "One JSON object per payment");
  recover->callback([options, &exitCode] { exitCode = recoverCommand(*options); });
}

}  // namespace foyer::cli
