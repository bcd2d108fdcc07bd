#include "drivers/payment/station/payment_record.hpp"

#include <array>
#include <utility>

namespace foyer::payment {

namespace {
constexpr std::array<std::pair<PaymentState, std::string_view>, 8> kNames{{
    {PaymentState::Pending, "pending"},
    {PaymentState::Approved, "approved"},
    {PaymentState::Paid, "paid"},
    {PaymentState::Settled, "settled"},
    {PaymentState::Failed, "failed"},
    {PaymentState::Reversing, "reversing"},
    {PaymentState::Reversed, "reversed"},
    {PaymentState::Unresolved, "unresolved"},
}};
}  // namespace

std::string_view stateName(PaymentState state) {
  for (const auto& [value, name] : kNames) {
    if (value == state) return name;
  }
  return "unknown";
}

std::optional<PaymentState> stateFromName(std::string_view name) {
  for (const auto& [value, text] : kNames) {
    if (text == name) return value;
  }
  return std::nullopt;
}

bool isFinal(PaymentState state) {
  return state == PaymentState::Settled || state == PaymentState::Failed || state == PaymentState::Reversed;
}

}  // namespace foyer::payment
