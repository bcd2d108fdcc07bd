#include "drivers/document/emrtd/chip_authentication.hpp"

#include <openssl/core_names.h>
#include <openssl/x509.h>

#include <algorithm>
#include <array>

#include "drivers/document/emrtd/ber_tlv.hpp"

namespace foyer::document::emrtd::chip_auth {
namespace {

using KeyContext = std::unique_ptr<EVP_PKEY_CTX, openssl::Deleter<EVP_PKEY_CTX_free>>;

// bsi-de protocols 0.4.0.127.0.7.2.2: id-PK 1, id-CA 3; ECDH is arc 2 in both.
constexpr std::array<std::uint8_t, 7> kBsiProtocols{0x04, 0x00, 0x7F, 0x00, 0x07, 0x02, 0x02};
constexpr std::uint8_t kIdPk = 0x01;
constexpr std::uint8_t kIdCa = 0x03;
constexpr std::uint8_t kEcdh = 0x02;

Bytes oid(std::uint8_t family, std::uint8_t algorithm, std::optional<std::uint8_t> cipher) {
  Bytes bytes(kBsiProtocols.begin(), kBsiProtocols.end());
  bytes.push_back(family);
  bytes.push_back(algorithm);
  if (cipher) bytes.push_back(*cipher);
  return bytes;
}

bool startsWith(ByteView bytes, const Bytes& prefix) {
  return bytes.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), bytes.begin());
}

std::optional<KeyType> keyTypeOf(ByteView caOid) {
  const Bytes ecdh = oid(kIdCa, kEcdh, std::nullopt);
  if (caOid.size() != ecdh.size() + 1 || !startsWith(caOid, ecdh)) return std::nullopt;
  switch (caOid.back()) {
    case 1: return KeyType::TripleDes;
    case 2: return KeyType::Aes128;
    case 3: return KeyType::Aes192;
    case 4: return KeyType::Aes256;
    default: return std::nullopt;
  }
}

// One SecurityInfo: SEQUENCE { protocol OID, required data, optional data }. The elements as raw DER.
std::expected<std::vector<ByteView>, std::string> elementsOf(ByteView sequence) {
  std::vector<ByteView> elements;
  std::size_t offset = 0;
  while (offset < sequence.size()) {
    auto element = readTlv(sequence.subspan(offset));
    if (!element) return std::unexpected("DG14: " + element.error().message);
    elements.push_back(sequence.subspan(offset, element->size));
    offset += element->size;
  }
  return elements;
}

std::expected<Bytes, std::string> shared(const EVP_PKEY* own, const EVP_PKEY* peer) {
  KeyContext ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, const_cast<EVP_PKEY*>(own), nullptr));
  std::size_t size = 0;
  if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), const_cast<EVP_PKEY*>(peer)) != 1 ||
      EVP_PKEY_derive(ctx.get(), nullptr, &size) != 1) {
    return std::unexpected(std::string("the chip's key and ours do not agree (different curves?)"));
  }
  Bytes secret(size);
  if (EVP_PKEY_derive(ctx.get(), secret.data(), &size) != 1) return std::unexpected(std::string("key agreement failed"));
  secret.resize(size);
  return secret;
}

// A public key on the same curve as `like`, from an uncompressed point.
openssl::Key peerKey(const EVP_PKEY* like, ByteView point) {
  openssl::Key key(EVP_PKEY_new());
  if (!key || EVP_PKEY_copy_parameters(key.get(), like) != 1 ||
      EVP_PKEY_set1_encoded_public_key(key.get(), point.data(), point.size()) != 1) {
    return nullptr;
  }
  return key;
}

SmSession sessionFrom(Bytes& secret, KeyType type) {
  Bytes enc = deriveKey(view(secret), 1, type);
  Bytes mac = deriveKey(view(secret), 2, type);
  wipeBytes(secret);
  const bool tripleDes = type == KeyType::TripleDes;
  return SmSession(tripleDes ? SmCipher::TripleDes : SmCipher::Aes, std::move(enc), std::move(mac),
                   Bytes(tripleDes ? 8 : 16, 0));
}

}  // namespace

Bytes caEcdhAes128Oid() { return oid(kIdCa, kEcdh, 2); }

std::expected<std::optional<Offer>, std::string> parseDg14(ByteView dg14) {
  auto file = readTlv(dg14);
  if (!file || file->tag != 0x6E) return std::unexpected(std::string("DG14 does not start with tag 6E"));
  auto set = readTlv(file->value);
  if (!set || set->tag != 0x31) return std::unexpected(std::string("DG14 holds no SET of SecurityInfos"));
  auto infos = readTlvList(set->value);
  if (!infos) return std::unexpected("DG14: " + infos.error().message);
  std::optional<Offer> offer;
  std::optional<Bytes> publicKey;
  std::optional<Bytes> publicKeyId;
  const Bytes pkEcdh = oid(kIdPk, kEcdh, std::nullopt);
  for (const Tlv& info : *infos) {
    if (info.tag != 0x30) continue;
    auto elements = elementsOf(info.value);
    if (!elements) return std::unexpected(elements.error());
    if (elements->size() < 2) continue;
    auto protocol = readTlv((*elements)[0]);
    if (!protocol || protocol->tag != 0x06) continue;
    auto optionalId = [&]() -> std::optional<Bytes> {
      if (elements->size() < 3) return std::nullopt;
      auto id = readTlv((*elements)[2]);
      if (!id || id->tag != 0x02) return std::nullopt;
      return Bytes(id->value.begin(), id->value.end());
    };
    if (auto type = keyTypeOf(protocol->value); type && !offer) {
      offer = Offer{Bytes(protocol->value.begin(), protocol->value.end()), *type, optionalId(), {}};
    } else if (protocol->value.size() == pkEcdh.size() && startsWith(protocol->value, pkEcdh) && !publicKey) {
      const ByteView spki = (*elements)[1];
      publicKey = Bytes(spki.begin(), spki.end());
      publicKeyId = optionalId();
    }
  }
  if (!offer || !publicKey) return std::optional<Offer>{};
  // With several keys the key ids pair them; with one key, ids may be absent on either side.
  if (offer->keyId && publicKeyId && offer->keyId != publicKeyId) {
    return std::unexpected(std::string("DG14: no public key for the offered chip authentication key id"));
  }
  if (!offer->keyId) offer->keyId = publicKeyId;
  offer->chipPublicKey = std::move(*publicKey);
  return offer;
}

std::expected<Terminal, std::string> Terminal::create(Offer offer) {
  const unsigned char* der = offer.chipPublicKey.data();
  openssl::Key chipKey(d2i_PUBKEY(nullptr, &der, static_cast<long>(offer.chipPublicKey.size())));
  if (!chipKey || EVP_PKEY_get_base_id(chipKey.get()) != EVP_PKEY_EC) {
    return std::unexpected(std::string("DG14's chip authentication key is no usable EC key"));
  }
  // An ephemeral key on the chip's curve (its domain parameters, named or explicit).
  KeyContext ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, chipKey.get(), nullptr));
  EVP_PKEY* generated = nullptr;
  if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &generated) != 1) {
    return std::unexpected(std::string("cannot make a key on the chip's curve"));
  }
  openssl::Key ephemeral(generated);
  unsigned char* point = nullptr;
  const std::size_t length = EVP_PKEY_get1_encoded_public_key(ephemeral.get(), &point);
  if (length == 0) return std::unexpected(std::string("cannot encode the ephemeral key"));
  Bytes encoded(point, point + length);
  OPENSSL_free(point);
  return Terminal(std::move(offer), std::move(ephemeral), std::move(encoded));
}

CommandApdu Terminal::first() const {
  const Bytes keyId = m_offer.keyId ? encodeTlv(0x84, view(*m_offer.keyId)) : Bytes{};
  if (m_offer.tripleDes()) {
    return CommandApdu{0x00, 0x22, 0x41, 0xA6, concat({view(encodeTlv(0x91, view(m_ephemeralPublic))), view(keyId)}),
                       std::nullopt};
  }
  return CommandApdu{0x00, 0x22, 0x41, 0xA4, concat({view(encodeTlv(0x80, view(m_offer.protocolOid))), view(keyId)}),
                     std::nullopt};
}

std::optional<CommandApdu> Terminal::second() const {
  if (m_offer.tripleDes()) return std::nullopt;
  return CommandApdu{0x00, 0x86, 0x00, 0x00, encodeTlv(0x7C, view(encodeTlv(0x80, view(m_ephemeralPublic)))), 256};
}

std::expected<SmSession, std::string> Terminal::session() const {
  const unsigned char* der = m_offer.chipPublicKey.data();
  openssl::Key chipKey(d2i_PUBKEY(nullptr, &der, static_cast<long>(m_offer.chipPublicKey.size())));
  if (!chipKey) return std::unexpected(std::string("DG14's key cannot be read"));
  auto secret = shared(m_ephemeral.get(), chipKey.get());
  if (!secret) return std::unexpected(secret.error());
  return sessionFrom(*secret, m_offer.keyType);
}

std::string Terminal::protocolName() const {
  switch (m_offer.keyType) {
    case KeyType::TripleDes: return "CA ECDH 3DES";
    case KeyType::Aes128: return "CA ECDH AES-128";
    case KeyType::Aes192: return "CA ECDH AES-192";
    case KeyType::Aes256: return "CA ECDH AES-256";
  }
  return "CA";
}

std::expected<SmSession, std::string> chipSession(const EVP_PKEY* staticKey, ByteView terminalPublicPoint,
                                                  KeyType keyType) {
  openssl::Key terminalKey = peerKey(staticKey, terminalPublicPoint);
  if (!terminalKey) return std::unexpected(std::string("the terminal's ephemeral key is not on the chip's curve"));
  auto secret = shared(staticKey, terminalKey.get());
  if (!secret) return std::unexpected(secret.error());
  return sessionFrom(*secret, keyType);
}

Bytes dg14For(const EVP_PKEY* staticKey) {
  unsigned char* der = nullptr;
  const int length = i2d_PUBKEY(const_cast<EVP_PKEY*>(staticKey), &der);
  Bytes spki(der, der + std::max(length, 0));
  OPENSSL_free(der);
  const Bytes version = encodeTlv(0x02, view(Bytes{0x01}));
  const Bytes caInfo = encodeTlv(0x30, view(concat({view(encodeTlv(0x06, view(caEcdhAes128Oid()))), view(version)})));
  const Bytes pkInfo =
      encodeTlv(0x30, view(concat({view(encodeTlv(0x06, view(oid(kIdPk, kEcdh, std::nullopt)))), view(spki)})));
  return encodeTlv(0x6E, view(encodeTlv(0x31, view(concat({view(caInfo), view(pkInfo)})))));
}

}  // namespace foyer::document::emrtd::chip_auth
