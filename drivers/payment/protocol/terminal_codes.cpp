#include <cstdio>

#include "drivers/payment/protocol/codes.hpp"

namespace foyer::payment::zvt {

std::string terminalStatusText(std::uint8_t code) {
  switch (code) {
    case 0x00: return "ready";
    case 0x51: return "initialisation required (send 06 93)";
    case 0x62: return "date/time wrong (set the PT clock or run a diagnosis)";
    case 0x9C: return "please wait (e.g. software update), retry later";
    case 0xB1: return "memory full (run end-of-day)";
    case 0xB2: return "merchant journal full";
    case 0xBF: case 0xC0: case 0xCC: case 0xE0: case 0xE2: case 0xE4: return "terminal fault (call a technician)";
    case 0xC1: return "merchant card locked";
    case 0xC2: return "diagnosis required (send 06 70)";
    case 0xC4: return "card profiles invalid (software update needed)";
    case 0xDC: return "card inserted";
    case 0xDF: return "out of order (call a technician)";
    case 0xE1: return "card not completely removed";
    case 0xE3: return "shutter closed";
    case 0xF0: return "reconciliation required (run end-of-day)";
    case 0xF6: return "OPT personalisation required";
    default: {
      char text[40];
      std::snprintf(text, sizeof text, "terminal status 0x%02X", code);
      return text;
    }
  }
}

std::optional<std::string_view> cardSchemeName(std::uint8_t cardType) {
  switch (cardType) {
    case 0x05: return "girocard";
    case 0x06: return "Mastercard";
    case 0x08: return "American Express";
    case 0x0A: return "Visa";
    case 0x0B: return "Visa Electron";
    case 0x0C: return "Diners";
    case 0x0D: return "V PAY";
    case 0x0E: return "JCB";
    case 0x2E: return "Maestro";
    default: return std::nullopt;
  }
}

}  // namespace foyer::payment::zvt
