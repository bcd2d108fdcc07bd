#pragma once
#include <string_view>

#include "drivers/payment/protocol/codes.hpp"

namespace foyer::screens::office {

// The translation key for what the card terminal asks of the visitor ("payment.prompt.insert_card").
std::string_view terminalPromptKey(payment::zvt::TerminalPrompt prompt);

}  // namespace foyer::screens::office
