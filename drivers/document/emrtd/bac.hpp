#pragma once
#include <expected>
#include <string>

#include "drivers/document/emrtd/access_key.hpp"
#include "drivers/document/emrtd/apdu.hpp"
#include "drivers/document/emrtd/secure_messaging.hpp"

// Basic Access Control (ICAO 9303-11 §4.3): mutual authentication with 3DES keys from the MRZ, giving a
// 3DES secure-messaging session.
namespace foyer::document::emrtd::bac {

struct BacKeys {
  Bytes enc;
  Bytes mac;
  void wipe();
};

BacKeys deriveKeys(const AccessKey& mrzKey);
// The session keys after authentication: seed K.IFD xor K.IC.
BacKeys deriveSessionKeys(ByteView kIfd, ByteView kIc);

CommandApdu getChallenge();

// Terminal side. rndIfd (8 bytes) and kIfd (16 bytes) are fresh random values; tests pass the Appendix D
// ones.
class TerminalHandshake {
 public:
  TerminalHandshake(BacKeys keys, Bytes rndIfd, Bytes kIfd);
  ~TerminalHandshake();
  TerminalHandshake(const TerminalHandshake&) = delete;
  TerminalHandshake& operator=(const TerminalHandshake&) = delete;

  CommandApdu externalAuthenticate(ByteView rndIc);
  // Checks the chip's answer: its MAC (wrong MRZ shows here), then both nonces.
  std::expected<SmSession, std::string> finish(const ResponseApdu& response);

 private:
  BacKeys m_keys;
  Bytes m_rndIfd;
  Bytes m_kIfd;
  Bytes m_rndIc;
};

// Chip side (the simulator): answers EXTERNAL AUTHENTICATE given the challenge it issued.
struct ChipAnswer {
  ResponseApdu response;
  std::optional<SmSession> session;  // set when the terminal proved the key
};
ChipAnswer chipAuthenticate(const BacKeys& keys, ByteView rndIc, ByteView kIc, const CommandApdu& command);

}  // namespace foyer::document::emrtd::bac
