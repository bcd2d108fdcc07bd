#include "drivers/document/emrtd/secure_messaging.hpp"

#include <openssl/crypto.h>

#include <array>

#include "drivers/document/emrtd/ber_tlv.hpp"
#include "drivers/document/emrtd/block_crypto.hpp"

namespace foyer::document::emrtd {
namespace {

constexpr std::uint8_t kSmClaBits = 0x0C;
constexpr std::size_t kMacSize = 8;

std::unexpected<SmError> smError(SmError::Kind kind, std::string message, std::uint16_t sw = 0) {
  return std::unexpected(SmError{kind, sw, std::move(message)});
}

Bytes encodeLe(std::uint32_t le) {
  if (le == 256) return {0x00};
  if (le == 65536) return {0x00, 0x00};
  if (le > 256) return {static_cast<std::uint8_t>(le >> 8), static_cast<std::uint8_t>(le)};
  return {static_cast<std::uint8_t>(le)};
}

// The data objects of a protected APDU body, and where the checksum starts.
struct SmObjects {
  std::optional<Tlv> cryptogram;  // DO'87' or DO'85'
  std::optional<Tlv> le;          // DO'97'
  std::optional<Tlv> status;      // DO'99'
  std::optional<Tlv> checksum;    // DO'8E'
  std::size_t macCoveredBytes = 0;
};

std::expected<SmObjects, SmError> readObjects(ByteView body) {
  auto objects = readTlvList(body);
  if (!objects) return smError(SmError::Kind::Malformed, "secure messaging data objects: " + objects.error().message);
  SmObjects found;
  std::size_t offset = 0;
  for (const Tlv& object : *objects) {
    if (found.checksum) return smError(SmError::Kind::Malformed, "data after the checksum object");
    switch (object.tag) {
      case 0x85:
      case 0x87: found.cryptogram = object; break;
      case 0x97: found.le = object; break;
      case 0x99: found.status = object; break;
      case 0x8E:
        found.checksum = object;
        found.macCoveredBytes = offset;
        break;
      default: return smError(SmError::Kind::Malformed, "unexpected secure messaging data object");
    }
    offset += object.size;
  }
  if (!found.checksum || found.checksum->value.size() != kMacSize) {
    return smError(SmError::Kind::Malformed, "checksum object DO'8E' missing or not 8 bytes");
  }
  return found;
}

}  // namespace

SmSession::SmSession(SmCipher cipher, Bytes encKey, Bytes macKey, Bytes ssc)
    : m_cipher(cipher), m_encKey(std::move(encKey)), m_macKey(std::move(macKey)), m_ssc(std::move(ssc)) {}

SmSession::~SmSession() {
  wipeBytes(m_encKey);
  wipeBytes(m_macKey);
  wipeBytes(m_ssc);
}

std::size_t SmSession::blockSize() const { return m_cipher == SmCipher::Aes ? 16 : 8; }

void SmSession::incrementSsc() {
  for (auto it = m_ssc.rbegin(); it != m_ssc.rend(); ++it) {
    if (++*it != 0) break;
  }
}

Bytes SmSession::mac(ByteView unpadded) const {
  const Bytes input = crypto::padIso(view(concat({view(m_ssc), unpadded})), blockSize());
  if (m_cipher == SmCipher::TripleDes) return crypto::retailMac(view(m_macKey), view(input));
  Bytes full = crypto::aesCmac(view(m_macKey), view(input));
  full.resize(kMacSize);
  return full;
}

Bytes SmSession::iv() const {
  if (m_cipher == SmCipher::TripleDes) return Bytes(8, 0);
  return crypto::aesEncryptBlock(view(m_encKey), view(m_ssc));
}

Bytes SmSession::encrypt(ByteView plain) const {
  const Bytes padded = crypto::padIso(plain, blockSize());
  if (m_cipher == SmCipher::TripleDes) return crypto::tripleDesCbc(true, view(m_encKey), view(iv()), view(padded));
  return crypto::aesCbc(true, view(m_encKey), view(iv()), view(padded));
}

std::optional<Bytes> SmSession::decrypt(ByteView cryptogram) const {
  if (cryptogram.empty() || cryptogram.size() % blockSize() != 0) return std::nullopt;
  const Bytes padded = m_cipher == SmCipher::TripleDes ? crypto::tripleDesCbc(false, view(m_encKey), view(iv()), cryptogram)
                                                       : crypto::aesCbc(false, view(m_encKey), view(iv()), cryptogram);
  return crypto::unpadIso(view(padded));
}

CommandApdu SmSession::protect(const CommandApdu& plain) {
  const auto cla = static_cast<std::uint8_t>(plain.cla | kSmClaBits);
  // First: with AES the SSC also gives the IV of this command's cryptogram.
  incrementSsc();
  Bytes body;
  if (!plain.data.empty()) {
    const Bytes cryptogram = encrypt(view(plain.data));
    const bool oddIns = (plain.ins & 1) != 0;
    const Bytes value = oddIns ? cryptogram : concat({ByteView(std::array<std::uint8_t, 1>{0x01}), view(cryptogram)});
    body = encodeTlv(oddIns ? 0x85 : 0x87, view(value));
  }
  if (plain.le) {
    const Bytes le = encodeTlv(0x97, view(encodeLe(*plain.le)));
    body.insert(body.end(), le.begin(), le.end());
  }
  const std::uint8_t header[4] = {cla, plain.ins, plain.p1, plain.p2};
  const Bytes checksum = mac(view(concat({view(crypto::padIso(header, blockSize())), view(body)})));
  const Bytes checksumObject = encodeTlv(0x8E, view(checksum));
  body.insert(body.end(), checksumObject.begin(), checksumObject.end());
  const bool extended = plain.extended() || body.size() > 255;
  return CommandApdu{cla, plain.ins, plain.p1, plain.p2, std::move(body), extended ? 65536u : 256u};
}

std::expected<ResponseApdu, SmError> SmSession::unprotect(const ResponseApdu& protectedResponse) {
  incrementSsc();
  if (protectedResponse.data.empty()) {
    return smError(SmError::Kind::Unprotected, "the chip answered without secure messaging", protectedResponse.sw);
  }
  auto objects = readObjects(view(protectedResponse.data));
  if (!objects) return std::unexpected(objects.error());
  if (!objects->status || objects->status->value.size() != 2) {
    return smError(SmError::Kind::Malformed, "status object DO'99' missing or not 2 bytes");
  }
  const Bytes expected = mac(ByteView(protectedResponse.data).first(objects->macCoveredBytes));
  if (CRYPTO_memcmp(expected.data(), objects->checksum->value.data(), kMacSize) != 0) {
    return smError(SmError::Kind::BadMac, "response checksum does not match");
  }
  ResponseApdu plain;
  plain.sw = static_cast<std::uint16_t>(objects->status->value[0] << 8 | objects->status->value[1]);
  if (objects->cryptogram) {
    ByteView cryptogram = objects->cryptogram->value;
    if (objects->cryptogram->tag == 0x87) {
      if (cryptogram.empty() || cryptogram[0] != 0x01) {
        return smError(SmError::Kind::Malformed, "unknown padding indicator in DO'87'");
      }
      cryptogram = cryptogram.subspan(1);
    }
    auto data = decrypt(cryptogram);
    if (!data) return smError(SmError::Kind::Malformed, "response cryptogram is not correctly padded");
    plain.data = std::move(*data);
  }
  return plain;
}

std::expected<CommandApdu, SmError> SmSession::unprotectCommand(const CommandApdu& protectedCommand) {
  incrementSsc();
  if ((protectedCommand.cla & kSmClaBits) != kSmClaBits) {
    return smError(SmError::Kind::Unprotected, "command without secure messaging");
  }
  auto objects = readObjects(view(protectedCommand.data));
  if (!objects) return std::unexpected(objects.error());
  const std::uint8_t header[4] = {protectedCommand.cla, protectedCommand.ins, protectedCommand.p1, protectedCommand.p2};
  const Bytes covered = concat({view(crypto::padIso(header, blockSize())),
                                ByteView(protectedCommand.data).first(objects->macCoveredBytes)});
  const Bytes expected = mac(view(covered));
  if (CRYPTO_memcmp(expected.data(), objects->checksum->value.data(), kMacSize) != 0) {
    return smError(SmError::Kind::BadMac, "command checksum does not match");
  }
  CommandApdu plain{static_cast<std::uint8_t>(protectedCommand.cla & ~kSmClaBits), protectedCommand.ins,
                    protectedCommand.p1, protectedCommand.p2, {}, std::nullopt};
  if (objects->cryptogram) {
    ByteView cryptogram = objects->cryptogram->value;
    if (objects->cryptogram->tag == 0x87) {
      if (cryptogram.empty() || cryptogram[0] != 0x01) return smError(SmError::Kind::Malformed, "bad DO'87'");
      cryptogram = cryptogram.subspan(1);
    }
    auto data = decrypt(cryptogram);
    if (!data) return smError(SmError::Kind::Malformed, "command cryptogram is not correctly padded");
    plain.data = std::move(*data);
  }
  if (objects->le) {
    const ByteView le = objects->le->value;
    if (le.size() == 1) {
      plain.le = le[0] == 0 ? 256u : le[0];
    } else if (le.size() == 2) {
      const std::uint32_t value = static_cast<std::uint32_t>(le[0]) << 8 | le[1];
      plain.le = value == 0 ? 65536u : value;
    } else {
      return smError(SmError::Kind::Malformed, "DO'97' must hold one or two bytes");
    }
  }
  return plain;
}

ResponseApdu SmSession::protectResponse(const ResponseApdu& plain) {
  incrementSsc();
  Bytes body;
  if (!plain.data.empty()) {
    const Bytes cryptogram = encrypt(view(plain.data));
    body = encodeTlv(0x87, view(concat({ByteView(std::array<std::uint8_t, 1>{0x01}), view(cryptogram)})));
  }
  const std::uint8_t status[2] = {static_cast<std::uint8_t>(plain.sw >> 8), static_cast<std::uint8_t>(plain.sw)};
  const Bytes statusObject = encodeTlv(0x99, status);
  body.insert(body.end(), statusObject.begin(), statusObject.end());
  const Bytes checksum = encodeTlv(0x8E, view(mac(view(body))));
  body.insert(body.end(), checksum.begin(), checksum.end());
  return ResponseApdu{std::move(body), plain.sw};
}

}  // namespace foyer::document::emrtd
