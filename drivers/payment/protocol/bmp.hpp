#pragma once
#include <cstddef>
#include <cstdint>
#include <expected>
#include <optional>
#include <string_view>
#include <vector>

#include "drivers/payment/protocol/zvt_bytes.hpp"
#include "drivers/payment/protocol/zvt_error.hpp"

namespace foyer::payment::zvt {

// One bitmap field (BMP) of an APDU's data block: tag byte and value. For LLVAR/LLLVAR fields `value` is
// without the length prefix; for BMP 06 it is the TLV content without the BER length.
struct Bmp {
  std::uint8_t tag = 0;
  Bytes value;
  bool operator==(const Bmp&) const = default;
};

struct BmpFormat {
  enum class Kind : std::uint8_t { Fixed, Llvar, Lllvar, Tlv };
  Kind kind = Kind::Fixed;
  std::size_t length = 0;  // Fixed only
};

// The table of spec §8. Empty for a tag it does not list: such a field cannot be stepped over.
std::optional<BmpFormat> bmpFormat(std::uint8_t tag);
// Short English name for traces ("amount", "receipt number"); "BMP xx" style names are the caller's.
std::string_view bmpName(std::uint8_t tag);

// Reads the fields filling `bytes`. An unknown tag, a cut-off field or a bad length prefix is an error at
// its offset: the fields after it could not be found.
std::expected<std::vector<Bmp>, ZvtError> decodeBmps(ByteView bytes);
// The same, also giving each field's offset in `bytes` (for errors about a value found later).
std::expected<std::vector<Bmp>, ZvtError> decodeBmps(ByteView bytes, std::vector<std::size_t>& offsets);
// Where a field's value starts, counted from its tag byte (1, or 2..4 past the prefix or BER length).
std::size_t bmpValueStart(ByteView fieldBytes);

// Encodes with the table's format. A fixed field's value must have the table's length and the tag must
// be known: std::invalid_argument otherwise (programming error). Variable values are cut at 99/999 bytes.
Bytes encodeBmp(const Bmp& bmp);
Bytes encodeBmps(const std::vector<Bmp>& bmps);

const Bmp* findBmp(const std::vector<Bmp>& bmps, std::uint8_t tag);

// BMP tags Foyer reads or writes.
namespace bmp_tag {
inline constexpr std::uint8_t kTimeout = 0x01;
inline constexpr std::uint8_t kMaxStatusInfos = 0x02;
inline constexpr std::uint8_t kServiceByte = 0x03;
inline constexpr std::uint8_t kAmount = 0x04;
inline constexpr std::uint8_t kTlv = 0x06;
inline constexpr std::uint8_t kTrace = 0x0B;
inline constexpr std::uint8_t kTime = 0x0C;
inline constexpr std::uint8_t kDate = 0x0D;
inline constexpr std::uint8_t kExpiry = 0x0E;
inline constexpr std::uint8_t kCardSequence = 0x17;
inline constexpr std::uint8_t kPaymentType = 0x19;
inline constexpr std::uint8_t kPan = 0x22;
inline constexpr std::uint8_t kResult = 0x27;
inline constexpr std::uint8_t kTerminalId = 0x29;
inline constexpr std::uint8_t kVuNumber = 0x2A;
inline constexpr std::uint8_t kOriginalTrace = 0x37;
inline constexpr std::uint8_t kAid = 0x3B;
inline constexpr std::uint8_t kAdditionalText = 0x3C;
inline constexpr std::uint8_t kCurrency = 0x49;
inline constexpr std::uint8_t kTotals = 0x60;
inline constexpr std::uint8_t kReceiptNumber = 0x87;
inline constexpr std::uint8_t kTurnover = 0x88;
inline constexpr std::uint8_t kCardType = 0x8A;
inline constexpr std::uint8_t kCardName = 0x8B;
inline constexpr std::uint8_t kOperatorCardType = 0x8C;
inline constexpr std::uint8_t kHostResult = 0xA0;
inline constexpr std::uint8_t kDateYymmdd = 0xAA;
inline constexpr std::uint8_t kCardOutputDirection = 0xD2;
inline constexpr std::uint8_t kReaderActivation = 0xFA;
}  // namespace bmp_tag

}  // namespace foyer::payment::zvt
