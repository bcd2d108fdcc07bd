#include "drivers/payment/protocol/apdu_description.hpp"

#include <cstdio>

#include "drivers/payment/protocol/codes.hpp"
#include "drivers/payment/protocol/ecr_messages.hpp"
#include "drivers/payment/protocol/field_codec.hpp"
#include "drivers/payment/protocol/serial_frame.hpp"

namespace foyer::payment::zvt {
namespace {

std::string commandHex(const Apdu& apdu) {
  const std::uint8_t control[] = {apdu.cls, apdu.instr};
  return toHex(control);
}

std::string withText(std::uint8_t code, const std::string& text) { return hexByte(code) + " " + text; }

std::string padded(std::uint32_t value, int digits) {
  char text[16];
  std::snprintf(text, sizeof text, "%0*u", digits, value);
  return text;
}

std::string tlvTags(const std::vector<TlvObject>& tlv) {
  std::string tags;
  for (const TlvObject& object : tlv) {
    if (!tags.empty()) tags += ' ';
    char tag[12];
    std::snprintf(tag, sizeof tag, object.tag > 0xFFFF ? "%06X" : object.tag > 0xFF ? "%04X" : "%02X", object.tag);
    tags += tag;
  }
  return tags;
}

std::string configText(std::uint8_t config) {
  std::string text = hexByte(config);
  std::string bits;
  auto add = [&](std::uint8_t mask, const char* meaning) {
    if ((config & mask) == 0) return;
    bits += bits.empty() ? " (" : ", ";
    bits += meaning;
  };
  add(0x02, "ECR prints payment receipts");
  add(0x04, "ECR prints administration receipts");
  add(0x08, "intermediate status");
  add(0x10, "ECR controls payment");
  add(0x20, "ECR controls administration");
  add(0x80, "receipts as print commands");
  return bits.empty() ? text : text + bits + ")";
}

class Describer {
 public:
  explicit Describer(ApduDescription& out) : m_out(out) {}

  void field(std::string name, std::string value) { m_out.fields.push_back({std::move(name), std::move(value)}); }
  template <typename T>
  void optional(const char* name, const std::optional<T>& value, auto format) {
    if (value) field(name, format(*value));
  }
  void tlv(const std::vector<TlvObject>& objects) {
    if (!objects.empty()) field("TLV tags", tlvTags(objects));
  }
  void tlv(const std::optional<std::vector<TlvObject>>& objects) {
    if (objects) field("TLV tags", objects->empty() ? "(empty container)" : tlvTags(*objects));
  }

  void operator()(const Ack&) {}
  void operator()(const Nak& nak) { field("error", withText(nak.code, resultText(nak.code))); }
  void operator()(const IntermediateStatus& status) {
    field("status", withText(status.code, intermediateStatusText(status.code)));
    optional("timeout", status.timeoutMinutes, [](int m) { return std::to_string(m) + " min"; });
    for (const std::string& text : status.displayTexts) field("display text", text);
  }
  void operator()(const StatusInformation& info) {
    field("result", withText(info.result, resultText(info.result)));
    optional("amount", info.amountCents, [&](std::uint64_t c) { return formatAmount(c, info.currency); });
    optional("receipt number", info.receiptNumber, [](std::uint32_t n) { return std::to_string(n); });
    optional("trace number", info.trace, [](std::uint32_t n) { return std::to_string(n); });
    optional("original trace number", info.originalTrace, [](std::uint32_t n) { return std::to_string(n); });
    optional("turnover number", info.turnover, [](std::uint32_t n) { return std::to_string(n); });
    optional("time", info.time, [](const std::string& s) { return s; });
    optional("date", info.date, [](const std::string& s) { return s; });
    optional("expiry", info.expiry, [](const std::string& s) { return s; });
    optional("card type", info.cardType, [](std::uint8_t t) {
      const auto scheme = cardSchemeName(t);
      return scheme ? withText(t, std::string(*scheme)) : hexByte(t);
    });
    optional("card name", info.cardName, [](const std::string& s) { return s; });
    optional("PAN", info.maskedPan, [](const std::string& s) { return s; });
    optional("card sequence number", info.cardSequenceNumber, [](std::uint16_t n) { return std::to_string(n); });
    optional("payment type", info.paymentType, [](std::uint8_t t) { return hexByte(t); });
    optional("terminal ID", info.terminalId, [](std::uint32_t n) { return padded(n, 8); });
    optional("VU number", info.vuNumber, [](const std::string& s) { return s; });
    optional("AID", info.aid, [](const std::string& s) { return s; });
    optional("additional text", info.additionalText, [](const std::string& s) { return s; });
    optional("currency", info.currency, [](std::uint16_t c) { return currencyText(c); });
    optional("individual totals", info.individualTotals, [](const Bytes& b) { return std::to_string(b.size()) + " bytes"; });
    tlv(info.tlv);
  }
  void operator()(const PrintLine& line) {
    field("attribute", hexByte(line.attribute) + (line.endOfReceipt() ? " (end of receipt)" : ""));
    if (line.lineFeed()) {
      field("line feeds", std::to_string(line.lineFeeds));
    } else {
      field("text", line.text);
    }
    tlv(line.tlv);
  }
  void operator()(const PrintTextBlock& block) {
    optional("receipt type", block.receiptType, [](std::uint8_t t) {
      return withText(t, t == 1 ? "merchant" : t == 2 ? "customer" : t == 3 ? "administration" : "other");
    });
    for (const PrintLine& line : block.lines) {
      field("line", line.endOfReceipt() && line.text.empty() ? "(end of receipt " + hexByte(line.attribute) + ")"
                                                             : line.text);
    }
  }
  void operator()(const Completion& completion) {
    optional("result", completion.result, [](std::uint8_t r) { return withText(r, resultText(r)); });
    optional("status", completion.status, [](std::uint8_t s) { return hexByte(s); });
    optional("terminal ID", completion.terminalId, [](std::uint32_t n) { return padded(n, 8); });
    optional("currency", completion.currency, [](std::uint16_t c) { return currencyText(c); });
    optional("time", completion.time, [](const std::string& s) { return s; });
    optional("date", completion.date, [](const std::string& s) { return s; });
    optional("software version", completion.softwareVersion, [](const std::string& s) { return s; });
    optional("terminal status", completion.terminalStatus, [](std::uint8_t s) { return withText(s, terminalStatusText(s)); });
    tlv(completion.tlv);
  }
  void operator()(const AbortMessage& abort) {
    field("result", withText(abort.result, resultText(abort.result)));
    optional("vendor code", abort.vendorCode, [](const Bytes& b) { return toHex(b); });
    optional("vendor text", abort.vendorText, [](const std::string& s) { return s; });
  }
  void operator()(const SetDateTime& dateTime) {
    field("date", dateTime.date);
    field("time", dateTime.time);
  }
  void operator()(const OtherMessage& other) { field("data", std::to_string(other.apdu.data.size()) + " bytes"); }

  void operator()(const RegistrationCommand& command) {
    field("password", "(not shown)");
    field("config", configText(command.config));
    optional("currency", command.currency, [](std::uint16_t c) { return currencyText(c); });
    optional("service byte", command.service, [](std::uint8_t s) { return hexByte(s); });
    tlv(command.tlv);
  }
  void operator()(const AuthorizationCommand& command) {
    optional("amount", command.amountCents, [&](std::uint64_t c) { return formatAmount(c, command.currency); });
    optional("payment type", command.paymentType, [](std::uint8_t t) { return hexByte(t); });
    optional("timeout", command.timeoutSeconds, [](std::uint8_t s) { return std::to_string(s) + " s"; });
    optional("card type", command.cardType, [](std::uint8_t t) { return hexByte(t); });
    tlv(command.tlv);
  }
  void operator()(const ReversalCommand& command) {
    optional("receipt number", command.receiptNumber, [](std::uint32_t n) { return std::to_string(n); });
    optional("amount", command.amountCents, [&](std::uint64_t c) { return formatAmount(c, command.currency); });
    tlv(command.tlv);
  }
  void operator()(const RefundCommand& command) {
    optional("amount", command.amountCents, [&](std::uint64_t c) { return formatAmount(c, command.currency); });
    tlv(command.tlv);
  }
  void operator()(const EndOfDayCommand& command) { tlv(command.tlv); }
  void operator()(const StatusEnquiryCommand& command) {
    optional("service byte", command.service, [](std::uint8_t s) { return hexByte(s); });
    tlv(command.tlv);
  }
  void operator()(const RepeatReceiptCommand& command) {
    optional("service byte", command.service, [&](std::uint8_t s) {
      std::string text = hexByte(s);
      if (command.statusInformationWanted()) text += " (status information again)";
      if (command.printSuppressed()) text += " (no printout)";
      return text;
    });
    tlv(command.tlv);
  }
  void operator()(const AbortCommand&) {}
  void operator()(const LogOffCommand&) {}
  void operator()(const DiagnosisCommand& command) { tlv(command.tlv); }
  void operator()(const EcrAck&) {}
  void operator()(const EcrNak& nak) { field("error", withText(nak.code, resultText(nak.code))); }
  void operator()(const UnknownCommand& unknown) { field("data", std::to_string(unknown.apdu.data.size()) + " bytes"); }

 private:
  static std::string currencyText(std::uint16_t numeric) {
    const auto letters = currencyLetters(numeric);
    return std::to_string(numeric) + (letters ? " " + std::string(*letters) : "");
  }

  ApduDescription& m_out;
};

// Sender inference over a trace (see describeTrace).
class TraceReader {
 public:
  explicit TraceReader(ByteView bytes) : m_bytes(bytes) {}

  std::vector<ApduDescription> read() {
    while (m_position < m_bytes.size()) {
      const std::uint8_t first = m_bytes[m_position];
      if (first == kDle && m_position + 1 < m_bytes.size() && m_bytes[m_position + 1] == kStx) {
        readFrame();
      } else if ((first == kAck || first == kNak) && loneLinkByte()) {
        linkByte(first);
      } else if (m_serial) {
        strayBytes();
      } else {
        readBare();
      }
    }
    return std::move(m_out);
  }

 private:
  bool loneLinkByte() const {
    if (m_serial || m_position + 1 == m_bytes.size()) return true;
    return m_position + 2 < m_bytes.size() && m_bytes[m_position + 1] == kDle && m_bytes[m_position + 2] == kStx;
  }

  void linkByte(std::uint8_t byte) {
    ApduDescription entry;
    entry.command = hexByte(byte);
    entry.name = byte == kAck ? "ACK (serial link)" : "NAK (serial link)";
    // The link byte answers the frame before it, so it comes from that frame's receiver.
    entry.sender = m_lastFrameSender.empty() ? "" : m_lastFrameSender == "PT" ? "ECR" : "PT";
    m_out.push_back(std::move(entry));
    ++m_position;
  }

  void strayBytes() {
    const std::size_t start = m_position;
    while (m_position < m_bytes.size()) {
      const std::uint8_t byte = m_bytes[m_position];
      if (byte == kAck || byte == kNak) break;
      if (byte == kDle && m_position + 1 < m_bytes.size() && m_bytes[m_position + 1] == kStx) break;
      ++m_position;
    }
    ApduDescription entry;
    entry.name = "bytes outside a serial frame";
    entry.error = std::to_string(m_position - start) + " bytes outside a frame at offset " + std::to_string(start);
    m_out.push_back(std::move(entry));
  }

  void readFrame() {
    m_serial = true;
    const std::size_t start = m_position;
    SerialDeframer deframer;
    bool broken = false;
    while (m_position < m_bytes.size()) {
      auto event = deframer.feed(m_bytes[m_position++]);
      if (event && event->kind == SerialEvent::Kind::Frame) {
        auto apdu = decodeApdu(event->apdu);
        ApduDescription entry;
        if (apdu) {
          entry = describeNext(*apdu);
        } else {
          entry.name = "serial frame";
          entry.error = "frame content is no single APDU: " + apdu.error().message;
        }
        m_lastFrameSender = entry.sender;
        entry.fields.insert(entry.fields.begin(), {"link", event->crcOk ? "serial frame, CRC ok" : "serial frame, CRC WRONG"});
        m_out.push_back(std::move(entry));
        return;
      }
      if (event && event->kind == SerialEvent::Kind::BrokenFrame) {
        ApduDescription entry;
        entry.name = "serial frame";
        entry.error = "broken serial frame at offset " + std::to_string(start);
        m_out.push_back(std::move(entry));
        broken = true;
      }
      // Idle again after the tail of a broken frame; a frame restarted by DLE STX is read on.
      if (!deframer.inFrame()) return;
    }
    if (broken && deframer.skipping()) return;
    ApduDescription entry;
    entry.name = "serial frame";
    entry.error = "serial frame cut off at offset " + std::to_string(start);
    m_out.push_back(std::move(entry));
  }

  void readBare() {
    const ByteView rest = m_bytes.subspan(m_position);
    const auto size = apduSizeFromHeader(rest);
    if (!size || *size > rest.size()) {
      ApduDescription entry;
      if (rest.size() >= 2) {
        entry.command = toHex(rest.first(2));
        const auto command = static_cast<std::uint16_t>(rest[0] << 8 | rest[1]);
        entry.name = std::string(commandName(command));
        entry.sender = senderOf(command);
      }
      entry.error = "APDU cut off at offset " + std::to_string(m_position) + ": " + std::to_string(rest.size()) +
                    " bytes left" + (size ? ", " + std::to_string(*size) + " needed" : ", header incomplete");
      m_out.push_back(std::move(entry));
      m_position = m_bytes.size();
      return;
    }
    const auto apdu = decodeApdu(rest.first(*size));
    m_position += *size;
    m_out.push_back(describeNext(*apdu));
  }

  std::string senderOf(std::uint16_t command) const {
    const std::uint8_t cls = static_cast<std::uint8_t>(command >> 8);
    if (cls == 0x80 || cls == 0x84) return m_lastSender.empty() ? "PT" : m_lastSender == "PT" ? "ECR" : "PT";
    return sentByPt(command) ? "PT" : "ECR";
  }

  ApduDescription describeNext(const Apdu& apdu) {
    const std::string sender = senderOf(apdu.command());
    const Awaiting awaiting = m_lastEcrCommand == 0x0501 ? Awaiting::StatusEnquiry : Awaiting::Generic;
    ApduDescription entry = describeApdu(apdu, sender, awaiting);
    if (apdu.cls != 0x80 && apdu.cls != 0x84) {
      m_lastSender = sender;
      if (sender == "ECR") m_lastEcrCommand = apdu.command();
    }
    return entry;
  }

  ByteView m_bytes;
  std::size_t m_position = 0;
  bool m_serial = false;
  std::string m_lastSender;
  std::string m_lastFrameSender;
  std::uint16_t m_lastEcrCommand = 0;
  std::vector<ApduDescription> m_out;
};

}  // namespace

std::string formatAmount(std::uint64_t cents, std::optional<std::uint16_t> currency) {
  char number[40];
  std::snprintf(number, sizeof number, "%llu.%02llu", static_cast<unsigned long long>(cents / 100),
                static_cast<unsigned long long>(cents % 100));
  const std::uint16_t code = currency.value_or(978);  // absent = EUR (spec §2.1)
  const auto letters = currencyLetters(code);
  return std::string(number) + " " + (letters ? std::string(*letters) : "(currency " + std::to_string(code) + ")");
}

std::string_view commandName(std::uint16_t command) {
  switch (command) {
    case 0x0600: return "Registration";
    case 0x0601: return "Authorization";
    case 0x0602: return "Log-off";
    case 0x0603: return "Account balance request";
    case 0x060C: return "Tip";
    case 0x060F: return "Completion";
    case 0x0612: return "Reprint";
    case 0x0618: return "Reset terminal";
    case 0x061A: return "Print system configuration";
    case 0x061E: return "Abort";
    case 0x0620: return "Repeat Receipt";
    case 0x0621: case 0x0622: case 0x0623: case 0x0624: case 0x0625: return "Pre-authorisation family";
    case 0x0630: return "Reversal";
    case 0x0631: return "Refund";
    case 0x0650: return "End-of-Day";
    case 0x0670: return "Diagnosis";
    case 0x0691: return "Set PT date/time";
    case 0x0693: return "Initialisation";
    case 0x06B0: return "Abort request";
    case 0x06C0: return "Read card";
    case 0x06D1: return "Print Line";
    case 0x06D3: return "Print Text-Block";
    case 0x06E0: case 0x06E1: case 0x06E2: return "Display text";
    case 0x0501: return "Status Enquiry";
    case 0x0401: return "Set Date/Time (ECR)";
    case 0x040F: return "Status Information";
    case 0x04FF: return "Intermediate Status";
    case 0x0810: return "Software update";
    case 0x0840: return "Change baud rate";
    default: break;
  }
  if ((command >> 8) == 0x80) return "Positive acknowledgement";
  if ((command >> 8) == 0x84) return "Negative acknowledgement";
  return "";
}

bool sentByPt(std::uint16_t command) {
  switch (command) {
    case 0x060F: case 0x061E: case 0x06D1: case 0x06D3: case 0x04FF: case 0x040F: case 0x0401: return true;
    default: return false;
  }
}

std::vector<ApduDescription> describeTrace(ByteView bytes) { return TraceReader(bytes).read(); }

ApduDescription describeApdu(const Apdu& apdu, std::string_view sender, Awaiting awaiting) {
  ApduDescription entry;
  entry.sender = std::string(sender);
  entry.command = commandHex(apdu);
  entry.name = std::string(commandName(apdu.command()));
  if (entry.name.empty()) entry.name = "unknown command";
  Describer describer(entry);
  if (sender == "PT" || apdu.cls == 0x80 || apdu.cls == 0x84) {
    const auto message = decodePtMessage(apdu, awaiting);
    if (message) {
      std::visit(describer, *message);
    } else {
      entry.error = message.error().message + " (offset " + std::to_string(message.error().offset) + ")";
    }
  } else {
    const auto message = decodeEcrMessage(apdu);
    if (message) {
      std::visit(describer, *message);
    } else {
      entry.error = message.error().message + " (offset " + std::to_string(message.error().offset) + ")";
    }
  }
  return entry;
}

}  // namespace foyer::payment::zvt
