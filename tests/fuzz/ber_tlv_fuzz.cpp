// BER-TLV and the LDS file parsers built on it: every file a chip sends passes through these.
#include <cstddef>
#include <cstdint>

#include "drivers/document/emrtd/ber_tlv.hpp"
#include "drivers/document/emrtd/chip_authentication.hpp"
#include "drivers/document/emrtd/lds.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace foyer::document::emrtd;
  const ByteView bytes(data, size);
  if (auto list = readTlvList(bytes)) {
    for (const Tlv& object : *list) {
      if (object.constructed()) (void)readTlvList(object.value);
    }
  }
  (void)findTlv(bytes, 0x5C);
  if (const auto total = tlvTotalSize(bytes); total && *total <= size) (void)readTlv(bytes);
  (void)lds::parseCom(bytes);
  (void)lds::parseDg1(bytes);
  (void)lds::parseDg2(bytes);
  (void)lds::parseAtrInfo(bytes);
  // DG14: its public key goes on to OpenSSL's DER decoder when the terminal uses it.
  if (auto offer = chip_auth::parseDg14(bytes); offer && *offer) (void)chip_auth::Terminal::create(**offer);
  return 0;
}
