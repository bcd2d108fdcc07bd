// The secure-messaging decoders: a response (terminal side) or a command (simulated chip side) from
// untrusted bytes, under 3DES and AES sessions.
#include <cstddef>
#include <cstdint>

#include "drivers/document/emrtd/apdu.hpp"
#include "drivers/document/emrtd/secure_messaging.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace foyer::document::emrtd;
  const ByteView bytes(data, size);
  const Bytes key16(16, 0x2B);
  for (const SmCipher cipher : {SmCipher::TripleDes, SmCipher::Aes}) {
    const std::size_t sscSize = cipher == SmCipher::Aes ? 16 : 8;
    SmSession terminal(cipher, key16, key16, Bytes(sscSize, 0));
    if (auto response = parseResponse(bytes)) (void)terminal.unprotect(*response);
    SmSession chip(cipher, key16, key16, Bytes(sscSize, 0xFF));
    if (auto command = parseCommand(bytes)) (void)chip.unprotectCommand(*command);
  }
  return 0;
}
