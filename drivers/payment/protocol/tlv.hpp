#pragma once
#include <cstddef>
#include <cstdint>
#include <expected>
#include <vector>

#include "drivers/payment/protocol/zvt_bytes.hpp"
#include "drivers/payment/protocol/zvt_error.hpp"

namespace foyer::payment::zvt {

// One data object of the ZVT TLV container (BMP 06, spec §5). `tag` holds the tag bytes as sent (0x07,
// 0x1F07, 0x1F8000). A constructed object (bit 6 of its first tag byte) has its content read into
// `children` and `value` empty; a primitive one has `value` and no children.
struct TlvObject {
  std::uint32_t tag = 0;
  Bytes value;
  std::vector<TlvObject> children;

  [[nodiscard]] bool constructed() const;
  bool operator==(const TlvObject&) const = default;
};

TlvObject tlvPrimitive(std::uint32_t tag, Bytes value);
TlvObject tlvConstructed(std::uint32_t tag, std::vector<TlvObject> children);

// Objects filling `bytes` exactly; constructed ones are read recursively (at most kMaxTlvDepth deep).
// Every tag is kept, known or not: skipping unknown tags is the reader's business. Errors (with the offset
// into `bytes`) for cut-off tags, lengths or values, length byte 80 or 83 and up, tags over four bytes.
inline constexpr int kMaxTlvDepth = 16;
std::expected<std::vector<TlvObject>, ZvtError> decodeTlvObjects(ByteView bytes);

// BER length: 00..7F, 81 xx, 82 hi lo (ZVT allows no more; lengths above 65535 are cut to 82 FF FF).
Bytes encodeBerLength(std::size_t length);
struct BerLength {
  std::size_t length = 0;
  std::size_t size = 0;  // bytes the length field took
};
std::expected<BerLength, ZvtError> readBerLength(ByteView bytes);

Bytes encodeTlvObject(const TlvObject& object);
Bytes encodeTlvObjects(const std::vector<TlvObject>& objects);
// The whole BMP 06: 06 <BER length> objects.
Bytes tlvContainer(const std::vector<TlvObject>& objects);

// First object with `tag` among `objects` (not descending), or nullptr.
const TlvObject* findTlv(const std::vector<TlvObject>& objects, std::uint32_t tag);
// First object with `tag` anywhere below `objects`, depth first.
const TlvObject* findTlvDeep(const std::vector<TlvObject>& objects, std::uint32_t tag);

// Tags Foyer reads or writes (spec §5).
namespace tlv_tag {
inline constexpr std::uint32_t kTextLine = 0x07;
inline constexpr std::uint32_t kReceiptNumber = 0x08;
inline constexpr std::uint32_t kPrintAttribute = 0x09;
inline constexpr std::uint32_t kZvtCommand = 0x0A;
inline constexpr std::uint32_t kPrinterColumns = 0x12;
inline constexpr std::uint32_t kCharset = 0x14;
inline constexpr std::uint32_t kLanguage = 0x15;
inline constexpr std::uint32_t kMaxApduLength = 0x1A;
inline constexpr std::uint32_t kDiagnosisType = 0x1B;
inline constexpr std::uint32_t kDisplayTexts = 0x24;
inline constexpr std::uint32_t kPrintTexts = 0x25;
inline constexpr std::uint32_t kPermittedCommands = 0x26;
inline constexpr std::uint32_t kCardTypeId = 0x41;
inline constexpr std::uint32_t kAid = 0x43;
inline constexpr std::uint32_t kApplication = 0x60;
inline constexpr std::uint32_t kReceiptType = 0x1F07;
inline constexpr std::uint32_t kCardholderAuthentication = 0x1F10;
inline constexpr std::uint32_t kCardTechnology = 0x1F12;
inline constexpr std::uint32_t kVendorErrorCode = 0x1F16;
inline constexpr std::uint32_t kVendorErrorText = 0x1F17;
inline constexpr std::uint32_t kUniqueTransactionId = 0x1F1F;
inline constexpr std::uint32_t kLongTrace = 0x1F2B;
inline constexpr std::uint32_t kReceiptInfo = 0x1F37;
inline constexpr std::uint32_t kMessageSequenceId = 0x1F73;
}  // namespace tlv_tag

}  // namespace foyer::payment::zvt
