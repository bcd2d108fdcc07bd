#include "drivers/simulators/zvt_terminal/ledger.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "drivers/payment/protocol/apdu.hpp"

namespace foyer::simulators::zvt {

namespace pz = payment::zvt;

std::uint32_t Ledger::takeReceipt() {
  const std::uint32_t receipt = nextReceipt;
  lastIssuedReceipt = receipt;
  nextReceipt = nextReceipt >= 9999 ? 1 : nextReceipt + 1;
  return receipt;
}

std::uint32_t Ledger::takeTrace() {
  const std::uint32_t trace = nextTrace;
  nextTrace = nextTrace >= 999999 ? 1 : nextTrace + 1;
  return trace;
}

BookedTransaction* Ledger::findBooked(std::uint32_t receipt) {
  // The newest first: receipt numbers wrap after 9999.
  const auto found = std::find_if(booked.rbegin(), booked.rend(), [receipt](const auto& t) { return t.receipt == receipt; });
  return found == booked.rend() ? nullptr : &*found;
}

bool Ledger::autoReversedReceipt(std::uint32_t receipt) const {
  return std::find(autoReversed.begin(), autoReversed.end(), receipt) != autoReversed.end();
}

std::size_t Ledger::charges() const {
  return static_cast<std::size_t>(std::count_if(booked.begin(), booked.end(), [](const auto& t) { return !t.reversed; }));
}

std::size_t Ledger::reversals() const { return booked.size() - charges(); }

namespace {

nlohmann::json bookedJson(const BookedTransaction& t) {
  return {{"receipt", t.receipt}, {"trace", t.trace}, {"amount", t.amountCents}, {"reversed", t.reversed},
          {"settled", t.settled}};
}

nlohmann::json optionalNumber(std::optional<std::uint32_t> value) { return value ? nlohmann::json(*value) : nlohmann::json(); }

}  // namespace

std::string ledgerToJson(const Ledger& ledger) {
  nlohmann::json booked = nlohmann::json::array();
  for (const auto& t : ledger.booked) booked.push_back(bookedJson(t));
  nlohmann::json out = {{"format", "foyer-zvt-sim 1"},
                        {"nextReceipt", ledger.nextReceipt},
                        {"nextTrace", ledger.nextTrace},
                        {"booked", booked},
                        {"autoReversed", ledger.autoReversed},
                        {"lastIssuedReceipt", optionalNumber(ledger.lastIssuedReceipt)}};
  // The last status information as the bytes the terminal sent: exact, and decodable by any ZVT tool.
  if (ledger.last) {
    std::string hex = pz::toHex(pz::encodeApdu(pz::encodeStatusInformation(*ledger.last)));
    out["lastStatusInformation"] = hex;
  }
  return out.dump(2) + "\n";
}

std::optional<Ledger> ledgerFromJson(const std::string& text, std::string& error) {
  const auto json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) {
    error = "not JSON";
    return std::nullopt;
  }
  if (json.value("format", "") != "foyer-zvt-sim 1") {
    error = "no \"format\": \"foyer-zvt-sim 1\"";
    return std::nullopt;
  }
  try {
    Ledger ledger;
    ledger.nextReceipt = json.at("nextReceipt").get<std::uint32_t>();
    ledger.nextTrace = json.at("nextTrace").get<std::uint32_t>();
    for (const auto& t : json.at("booked")) {
      ledger.booked.push_back({t.at("receipt").get<std::uint32_t>(), t.at("trace").get<std::uint32_t>(),
                               t.at("amount").get<std::uint64_t>(), t.at("reversed").get<bool>(),
                               t.value("settled", false)});
    }
    ledger.autoReversed = json.at("autoReversed").get<std::vector<std::uint32_t>>();
    if (const auto issued = json.find("lastIssuedReceipt"); issued != json.end() && !issued->is_null()) {
      ledger.lastIssuedReceipt = issued->get<std::uint32_t>();
    }
    if (json.contains("lastStatusInformation")) {
      const auto bytes = pz::fromHex(json.at("lastStatusInformation").get<std::string>());
      const auto apdu = bytes ? pz::decodeApdu(*bytes) : std::unexpected(pz::ZvtError{0, "not hex"});
      const auto message = apdu ? pz::decodePtMessage(*apdu) : std::unexpected(apdu.error());
      if (!message || !std::holds_alternative<pz::StatusInformation>(*message)) {
        error = "lastStatusInformation is no status information";
        return std::nullopt;
      }
      ledger.last = std::get<pz::StatusInformation>(*message);
    }
    if (ledger.nextReceipt == 0 || ledger.nextReceipt > 9999 || ledger.nextTrace == 0 || ledger.nextTrace > 999999) {
      error = "counters out of range";
      return std::nullopt;
    }
    return ledger;
  } catch (const nlohmann::json::exception& e) {
    error = e.what();
    return std::nullopt;
  }
}

std::string statusJson(const Ledger& ledger) {
  nlohmann::json booked = nlohmann::json::array();
  for (const auto& t : ledger.booked) {
    booked.push_back({{"receipt", t.receipt}, {"trace", t.trace}, {"amount", t.amountCents}, {"reversed", t.reversed}});
  }
  const nlohmann::json out = {{"charges", ledger.charges()},
                              {"reversed", ledger.reversals()},
                              {"autoReversed", ledger.autoReversed.size()},
                              {"booked", booked},
                              {"lastReceipt", optionalNumber(ledger.lastIssuedReceipt)}};
  return out.dump();
}

}  // namespace foyer::simulators::zvt
