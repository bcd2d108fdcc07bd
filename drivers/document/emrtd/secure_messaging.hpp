#pragma once
#include <cstdint>
#include <expected>
#include <string>

#include "drivers/document/emrtd/apdu.hpp"
#include "drivers/document/emrtd/bytes.hpp"

namespace foyer::document::emrtd {

enum class SmCipher { TripleDes, Aes };

struct SmError {
  enum class Kind {
    Malformed,    // the protected response is no valid SM structure
    BadMac,       // checksum wrong: keys differ or bytes were altered
    Unprotected,  // the chip answered with a plain status word: it has ended secure messaging
  };
  Kind kind = Kind::Malformed;
  std::uint16_t sw = 0;  // for Unprotected
  std::string message;
};

// ICAO 9303-11 §9.8 secure messaging after BAC (3DES, retail MAC) or PACE/CA (AES, CMAC). Both roles are
// here: the terminal protects commands and opens responses, the simulated chip does the reverse, so the
// two sides are tested against each other and against the Appendix D vectors. The send sequence counter
// is incremented before every command and every response; it is never reset within a session.
class SmSession {
 public:
  SmSession(SmCipher cipher, Bytes encKey, Bytes macKey, Bytes ssc);
  SmSession(SmSession&& other) noexcept = default;
  SmSession& operator=(SmSession&& other) noexcept = default;
  SmSession(const SmSession&) = delete;
  SmSession& operator=(const SmSession&) = delete;
  ~SmSession();

  // Terminal side.
  CommandApdu protect(const CommandApdu& plain);
  std::expected<ResponseApdu, SmError> unprotect(const ResponseApdu& protectedResponse);

  // Chip side.
  std::expected<CommandApdu, SmError> unprotectCommand(const CommandApdu& protectedCommand);
  ResponseApdu protectResponse(const ResponseApdu& plain);

  [[nodiscard]] SmCipher cipher() const { return m_cipher; }
  [[nodiscard]] const Bytes& ssc() const { return m_ssc; }

 private:
  [[nodiscard]] std::size_t blockSize() const;
  void incrementSsc();
  [[nodiscard]] Bytes mac(ByteView padded) const;  // over SSC ‖ padded, 8 bytes
  [[nodiscard]] Bytes encrypt(ByteView plain) const;
  [[nodiscard]] std::optional<Bytes> decrypt(ByteView cryptogram) const;
  [[nodiscard]] Bytes iv() const;

  SmCipher m_cipher;
  Bytes m_encKey;
  Bytes m_macKey;
  Bytes m_ssc;
};

}  // namespace foyer::document::emrtd
