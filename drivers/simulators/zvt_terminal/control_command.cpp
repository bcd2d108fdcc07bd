#include "drivers/simulators/zvt_terminal/control_command.hpp"

#include <charconv>
#include <sstream>
#include <vector>

namespace foyer::simulators::zvt {
namespace {

std::vector<std::string> words(std::string_view line) {
  std::istringstream in{std::string(line)};
  std::vector<std::string> out;
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

std::expected<std::uint8_t, std::string> hexCode(const std::string& text) {
  std::string_view digits = text;
  if (digits.starts_with("0x") || digits.starts_with("0X")) digits.remove_prefix(2);
  unsigned value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value, 16);
  if (digits.empty() || error != std::errc() || end != digits.data() + digits.size() || value > 0xFF) {
    return std::unexpected("not a hex byte: " + text);
  }
  return static_cast<std::uint8_t>(value);
}

}  // namespace

std::expected<ControlCommand, std::string> parseControl(std::string_view line) {
  const auto w = words(line);
  if (w.empty()) return std::unexpected("empty command");
  const std::string& verb = w[0];
  auto arity = [&](std::size_t n) { return w.size() == n; };
  if (verb == "outcome") {
    if (arity(2) && w[1] == "approve") return SetOutcome{{Outcome::Kind::Approve, 0}};
    if (arity(2) && w[1] == "cancel") return SetOutcome{{Outcome::Kind::Cancel, 0x6C}};
    if (arity(3) && (w[1] == "decline" || w[1] == "error")) {
      const auto code = hexCode(w[2]);
      if (!code) return std::unexpected(code.error());
      if (*code == 0) return std::unexpected("code 00 means approved");
      return SetOutcome{{w[1] == "decline" ? Outcome::Kind::Decline : Outcome::Kind::Error, *code}};
    }
    return std::unexpected("usage: outcome approve|decline <hex>|cancel|error <hex>");
  }
  if (verb == "delay") {
    long ms = -1;
    if (arity(2)) {
      const auto [end, error] = std::from_chars(w[1].data(), w[1].data() + w[1].size(), ms);
      if (error != std::errc() || end != w[1].data() + w[1].size()) ms = -1;
    }
    if (ms < 0 || ms > 600000) return std::unexpected("usage: delay <ms> (0..600000)");
    return SetDelay{Millis(ms)};
  }
  if (!arity(1)) return std::unexpected("'" + verb + "' takes no arguments");
  if (verb == "drop-after-approval") return DropAfterApproval{};
  if (verb == "drop-before-ack") return DropBeforeAck{};
  if (verb == "nak") return NakNext{};
  if (verb == "restart") return Restart{};
  if (verb == "status") return Status{};
  if (verb == "reset") return Reset{};
  return std::unexpected("unknown command '" + verb + "'");
}

bool isFault(const ControlCommand& command) {
  return !std::holds_alternative<Restart>(command) && !std::holds_alternative<Status>(command) &&
         !std::holds_alternative<Reset>(command);
}

}  // namespace foyer::simulators::zvt
