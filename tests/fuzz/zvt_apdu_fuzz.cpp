// ZVT bytes as the kiosk (and the simulator) receive them: TCP reassembly, every message decoder, the
// serial deframer and the trace describer. Properties checked beyond "no crash": what decodes encodes
// back to something that decodes the same, and a serial frame of any APDU deframes to that APDU.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "drivers/payment/protocol/apdu.hpp"
#include "drivers/payment/protocol/apdu_description.hpp"
#include "drivers/payment/protocol/bmp.hpp"
#include "drivers/payment/protocol/ecr_messages.hpp"
#include "drivers/payment/protocol/pt_messages.hpp"
#include "drivers/payment/protocol/serial_frame.hpp"
#include "drivers/payment/protocol/tlv.hpp"

namespace {

using namespace foyer::payment::zvt;

void checkApdu(const Apdu& apdu) {
  (void)decodePtMessage(apdu, Awaiting::Generic);
  (void)decodePtMessage(apdu, Awaiting::StatusEnquiry);
  (void)decodePtMessage(apdu, Awaiting::Generic, TextCharset::Latin1);
  (void)decodeEcrMessage(apdu);
  (void)describeApdu(apdu, "PT");
  (void)describeApdu(apdu, "ECR");
  const Bytes encoded = encodeApdu(apdu);
  const auto again = decodeApdu(encoded);
  if (!again || *again != apdu) std::abort();

  SerialDeframer deframer;
  int frames = 0;
  for (const std::uint8_t byte : frameSerial(encoded)) {
    if (auto event = deframer.feed(byte)) {
      if (event->kind != SerialEvent::Kind::Frame || !event->crcOk || event->apdu != encoded) std::abort();
      ++frames;
    }
  }
  if (frames != 1) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const ByteView bytes(data, size);

  ApduStream stream;
  const std::size_t split = size == 0 ? 0 : data[0] % (size + 1);
  stream.feed(bytes.first(split));
  while (auto apdu = stream.next()) checkApdu(*apdu);
  stream.feed(bytes.subspan(split));
  while (auto apdu = stream.next()) checkApdu(*apdu);
  if (stream.buffered() > size) std::abort();

  if (auto apdu = decodeApdu(bytes)) checkApdu(*apdu);

  if (auto bmps = decodeBmps(bytes)) {
    auto again = decodeBmps(encodeBmps(*bmps));
    if (!again || *again != *bmps) std::abort();
  }
  if (auto objects = decodeTlvObjects(bytes)) {
    auto again = decodeTlvObjects(encodeTlvObjects(*objects));
    if (!again || *again != *objects) std::abort();
  }

  SerialDeframer deframer;
  for (const std::uint8_t byte : bytes) (void)deframer.feed(byte);

  (void)describeTrace(bytes);
  return 0;
}
