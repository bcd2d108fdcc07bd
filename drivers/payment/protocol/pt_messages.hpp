#pragma once
#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "drivers/payment/protocol/apdu.hpp"
#include "drivers/payment/protocol/cp437.hpp"
#include "drivers/payment/protocol/tlv.hpp"

namespace foyer::payment::zvt {

// What the PT sends the ECR (spec §4), decoded; texts are UTF-8. The encoders are the simulator's.

// 80 00: positive answer to the ECR's command (any data, e.g. an echoed 1F73, is ignored).
struct Ack {
  bool operator==(const Ack&) const = default;
};
// 84 xx: negative answer, `code` from the result code table (84 83 = command not supported).
struct Nak {
  std::uint8_t code = 0;
  bool operator==(const Nak&) const = default;
};

// 04 FF <status> [<T4 minutes, 1 BCD byte>] [06 TLV with 24 { 07 display text ... }].
struct IntermediateStatus {
  std::uint8_t code = 0;                // see promptOf() in codes.hpp
  std::optional<int> timeoutMinutes;    // a new T4
  std::vector<std::string> displayTexts;
  bool operator==(const IntermediateStatus&) const = default;
};

// 04 0F: the outcome of a payment, reversal, end-of-day or repeat receipt (§4.2).
struct StatusInformation {
  std::uint8_t result = 0;                    // BMP 27; 00 = approved
  std::optional<std::uint64_t> amountCents;   // 04
  std::optional<std::uint32_t> trace;         // 0B (or TLV 1F2B when 0B is 000000)
  std::optional<std::uint32_t> originalTrace; // 37 (reversals)
  std::optional<std::uint32_t> receiptNumber; // 87: key for reversal and resync
  std::optional<std::uint32_t> turnover;      // 88
  std::optional<std::string> time;            // 0C "HH:MM:SS"
  std::optional<std::string> date;            // 0D "MM-DD"
  std::optional<std::string> expiry;          // 0E "YY-MM"
  std::optional<std::uint16_t> cardSequenceNumber;  // 17
  std::optional<std::uint8_t> cardType;       // 8A (FF: see TLV 41)
  std::optional<std::string> cardName;        // 8B, to be printed
  // 22: digits with '*' where the PT masked them ("************4771"). The PT only ever sends masked PANs.
  std::optional<std::string> maskedPan;
  std::optional<std::uint32_t> terminalId;    // 29
  std::optional<std::string> additionalText;  // 3C: show it on declines
  std::optional<std::uint16_t> currency;      // 49
  std::optional<std::uint8_t> paymentType;    // 19: 40 offline, 50 checked, 60 online, 70 PIN
  std::optional<std::string> vuNumber;        // 2A, trailing spaces removed
  // 3B: the authorisation attribute as text when it is printable ASCII ("611804"), else 16 hex digits.
  std::optional<std::string> aid;
  std::optional<Bytes> individualTotals;      // 60 after end-of-day, as sent
  std::vector<TlvObject> tlv;                 // 06, every object (1F1F, 1F2B, 24, 60 { 43 ... }, ...)
  bool operator==(const StatusInformation&) const = default;
};

// 06 D1 <attribute> <text>: one receipt line (§4.1).
struct PrintLine {
  std::uint8_t attribute = 0;
  std::string text;
  std::uint8_t lineFeeds = 0;    // attribute FF only: the number of empty lines to feed
  std::vector<TlvObject> tlv;    // vendor deviation: a TLV container appended to the text (CardComplete)

  // Any 1xxx xxxx but 80 (and FF, the line feed): cut here / switch merchant ↔ customer copy.
  [[nodiscard]] bool endOfReceipt() const { return (attribute & 0x80) != 0 && attribute != 0x80 && attribute != 0xFF; }
  [[nodiscard]] bool lineFeed() const { return attribute == 0xFF; }
  [[nodiscard]] bool centred() const { return attribute < 0x80 && (attribute & 0x40) != 0; }
  [[nodiscard]] bool doubleWidth() const { return attribute < 0x80 && (attribute & 0x20) != 0; }
  [[nodiscard]] bool doubleHeight() const { return attribute < 0x80 && (attribute & 0x10) != 0; }
  [[nodiscard]] int indent() const { return attribute < 0x80 ? attribute & 0x0F : 0; }
  bool operator==(const PrintLine&) const = default;
};

// 06 D3 06 <TLV>: a whole receipt, TLV 25 holding 07 lines and 09 attributes; 1F07 the receipt type.
// A 09 sets the attribute of every 07 after it until the next 09 (real terminals send 09 40 before a
// centred header and 09 00 after it); an end-of-receipt 09 becomes a line of its own with empty text (any
// text on such a line is not sent) and the lines after it start plain again.
struct PrintTextBlock {
  std::optional<std::uint8_t> receiptType;  // 01 merchant, 02 customer, 03 administration
  std::vector<PrintLine> lines;
  bool operator==(const PrintTextBlock&) const = default;
};

// 06 0F. After most commands: [27 result] [0C time] [AA date] [19 status] [29 TID] [49 CC] [06 TLV].
// After a status enquiry: [SW version LLLVAR] <terminal status> [06 TLV].
struct Completion {
  std::optional<std::uint8_t> result;
  std::optional<std::uint8_t> status;          // 19; after registration: bit0 initialisation needed, ...
  std::optional<std::uint32_t> terminalId;
  std::optional<std::string> softwareVersion;  // status enquiry form
  std::optional<std::uint8_t> terminalStatus;  // status enquiry form (§6.2); set = that form
  std::optional<std::uint16_t> currency;
  std::optional<std::string> time;             // 0C "HH:MM:SS"
  std::optional<std::string> date;             // AA "YY-MM-DD"
  std::vector<TlvObject> tlv;                  // e.g. the registration's echoed 26 and 12
  bool operator==(const Completion&) const = default;
};

// 06 1E <result> [06 TLV with 1F16 vendor code, 1F17 vendor text].
struct AbortMessage {
  std::uint8_t result = 0;
  std::optional<std::string> vendorText;
  std::optional<Bytes> vendorCode;
  bool operator==(const AbortMessage&) const = default;
};

// 04 01 AA <YYMMDD> 0C <HHMMSS>: the PT sets the ECR's clock.
struct SetDateTime {
  std::string date;  // "YY-MM-DD"
  std::string time;  // "HH:MM:SS"
  bool operator==(const SetDateTime&) const = default;
};

// Anything else (a command the kiosk does not expect from a PT); answer 84 83 00.
struct OtherMessage {
  Apdu apdu;
  bool operator==(const OtherMessage&) const = default;
};

using PtMessage = std::variant<Ack, Nak, IntermediateStatus, StatusInformation, PrintLine, PrintTextBlock, Completion,
                               AbortMessage, SetDateTime, OtherMessage>;

// The Completion after a status enquiry has its own layout; the decoder falls back to the other layout
// when the expected one does not fit.
enum class Awaiting { Generic, StatusEnquiry };

// Errors carry offsets from the APDU's CLASS byte. Tolerated vendor deviations: TLV appended to 06 D1,
// TLV without activation, ISO-8859 texts (pass `charset`; a TLV tag 14 in the message overrides it),
// an intermediate status with TLV but without the timeout byte.
std::expected<PtMessage, ZvtError> decodePtMessage(const Apdu& apdu, Awaiting awaiting = Awaiting::Generic,
                                                   TextCharset charset = TextCharset::Cp437);

// The data-block decoders behind decodePtMessage; offsets count from the data block's first byte.
std::expected<StatusInformation, ZvtError> decodeStatusInformation(ByteView data, TextCharset charset);
std::expected<PrintLine, ZvtError> decodePrintLine(ByteView data, TextCharset charset);
std::expected<PrintTextBlock, ZvtError> decodePrintTextBlock(ByteView data, TextCharset charset);

// Encoders (the simulator's PT side). decode(encode(x)) == x, except: an intermediate status with display
// texts always carries a timeout (3 minutes when none is given), line feeds inside a text block become
// empty lines, an end-of-receipt line in a text block loses its text, and texts lose what CP437 cannot
// hold. Malformed strings (a time that is not HH:MM:SS)
// throw std::invalid_argument: the simulator makes them, a PT's bytes never pass through here.
Apdu encodeIntermediateStatus(const IntermediateStatus& status);
Apdu encodeStatusInformation(const StatusInformation& info);
Apdu encodePrintLine(const PrintLine& line);
Apdu encodePrintTextBlock(const PrintTextBlock& block);
Apdu encodeCompletion(const Completion& completion);
Apdu encodeAbort(std::uint8_t result);
Apdu encodeAbort(const AbortMessage& abort);
Apdu encodeSetDateTime(const SetDateTime& dateTime);

}  // namespace foyer::payment::zvt
