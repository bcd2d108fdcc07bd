#pragma once
#include <cstdint>
#include <expected>
#include <optional>
#include <string>

#include "drivers/document/emrtd/access_key.hpp"
#include "drivers/document/emrtd/apdu.hpp"
#include "drivers/document/emrtd/openssl_handles.hpp"
#include "drivers/document/emrtd/secure_messaging.hpp"

// Chip authentication version 1 (ICAO 9303-11 §6.2, BSI TR-03110 CA v1) with elliptic curves: the
// terminal agrees a key with the chip's static key from DG14 using an ephemeral key of its own, and both
// restart secure messaging with keys derived from it (SSC 0). A cloned chip has DG14 but not the private
// key: its next answer fails the MAC. Only the passive authentication of DG14 ties the key to the issuer.
namespace foyer::document::emrtd::chip_auth {

// What DG14 offers: the protocol (cipher and key length) and the chip's public key.
struct Offer {
  Bytes protocolOid;        // id-CA-ECDH-3DES-CBC-CBC or id-CA-ECDH-AES-CBC-CMAC-128/192/256, DER content
  KeyType keyType = KeyType::Aes128;
  std::optional<Bytes> keyId;
  Bytes chipPublicKey;      // SubjectPublicKeyInfo, DER
  [[nodiscard]] bool tripleDes() const { return keyType == KeyType::TripleDes; }
};

// DG14's ChipAuthenticationInfo and ChipAuthenticationPublicKeyInfo for elliptic curves. Empty when the
// chip offers no ECDH chip authentication (no DG14 entry, DH only); an error for malformed data.
std::expected<std::optional<Offer>, std::string> parseDg14(ByteView dg14);

// The terminal's side of one run.
class Terminal {
 public:
  static std::expected<Terminal, std::string> create(Offer offer);
  // 3DES: MSE:Set KAT with the ephemeral key (the only command). AES: MSE:Set AT naming the protocol.
  [[nodiscard]] CommandApdu first() const;
  // AES: GENERAL AUTHENTICATE with the ephemeral key. 3DES: none.
  [[nodiscard]] std::optional<CommandApdu> second() const;
  // The new secure channel, once the chip accepted the last command.
  std::expected<SmSession, std::string> session() const;
  [[nodiscard]] std::string protocolName() const;

 private:
  Terminal(Offer offer, openssl::Key ephemeral, Bytes ephemeralPublic)
      : m_offer(std::move(offer)), m_ephemeral(std::move(ephemeral)), m_ephemeralPublic(std::move(ephemeralPublic)) {}
  Offer m_offer;
  openssl::Key m_ephemeral;
  Bytes m_ephemeralPublic;  // uncompressed point
};

// The chip's side (the simulator): the session after the terminal's ephemeral public key arrived.
std::expected<SmSession, std::string> chipSession(const EVP_PKEY* staticKey, ByteView terminalPublicPoint,
                                                  KeyType keyType);

// DG14 for a chip with this static key (the simulator's card issuer): AES-128 CA v1.
Bytes dg14For(const EVP_PKEY* staticKey);

// DER content of the OIDs used here.
Bytes caEcdhAes128Oid();

}  // namespace foyer::document::emrtd::chip_auth
