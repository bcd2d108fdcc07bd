#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "drivers/payment/protocol/apdu.hpp"
#include "drivers/payment/protocol/pt_messages.hpp"

namespace foyer::payment::zvt {

// Human-readable ZVT traces for support (`foyerctl zvt decode HEX --json`) and logs. Values are shown as
// the PT delivered them: PANs arrive masked and stay so; the ECR's password is never shown; track data
// and unknown payloads appear as a byte count only.

struct DescribedField {
  std::string name;
  std::string value;
  bool operator==(const DescribedField&) const = default;
};

struct ApduDescription {
  std::string sender;   // "ECR" or "PT" ("" when it cannot be told)
  std::string command;  // "06 01", or "06"/"15" for a serial ACK/NAK byte
  std::string name;     // "Authorization"
  std::vector<DescribedField> fields;
  std::optional<std::string> error;  // why the bytes could not be read; fields may be partial
};

// Splits consecutive APDUs (both directions; bare TCP APDUs, serial frames 10 02 ... 10 03 crc crc, lone
// ACK 06 / NAK 15 bytes next to frames) and describes each. Never throws; a cut-off or malformed APDU is
// an entry with `error` set, and the rest of the input after a cut-off one is part of that entry.
// Who sent what is inferred: 06 0F, 06 1E, 06 D1, 06 D3, 04 FF, 04 0F, 04 01 are the PT's; 80 00/84 xx
// answer the message before them (so they come from the other side; a leading one is taken for the PT's);
// everything else is the ECR's. A 06 0F after 05 01 is read in the status-enquiry layout.
std::vector<ApduDescription> describeTrace(ByteView bytes);

// One APDU from a known sender ("ECR" or "PT").
ApduDescription describeApdu(const Apdu& apdu, std::string_view sender, Awaiting awaiting = Awaiting::Generic);

// "12.50 EUR" (numeric code when the currency is not one codes.hpp knows).
std::string formatAmount(std::uint64_t cents, std::optional<std::uint16_t> currency);
// "Authorization", "Status Information", ...; "" for commands this table lacks.
std::string_view commandName(std::uint16_t command);
// Whether a command comes from the PT (80/84 are answers and belong to neither).
bool sentByPt(std::uint16_t command);

}  // namespace foyer::payment::zvt
