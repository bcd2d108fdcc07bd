#include "drivers/document/emrtd/bac.hpp"

#include <openssl/crypto.h>

#include "drivers/document/emrtd/block_crypto.hpp"

namespace foyer::document::emrtd::bac {
namespace {

constexpr std::size_t kNonceSize = 8;
constexpr std::size_t kKeyMaterialSize = 16;
constexpr std::size_t kCryptogramSize = 32;

BacKeys keysFromSeed(ByteView seed) {
  return BacKeys{deriveKey(seed, 1, KeyType::TripleDes), deriveKey(seed, 2, KeyType::TripleDes)};
}

// The SSC starts from the low halves of both nonces: RND.IC[4..8] ‖ RND.IFD[4..8].
Bytes initialSsc(ByteView rndIc, ByteView rndIfd) { return concat({rndIc.last(4), rndIfd.last(4)}); }

Bytes macOf(const BacKeys& keys, ByteView cryptogram) {
  return crypto::retailMac(view(keys.mac), view(crypto::padIso(cryptogram, 8)));
}

}  // namespace

void BacKeys::wipe() {
  wipeBytes(enc);
  wipeBytes(mac);
}

BacKeys deriveKeys(const AccessKey& mrzKey) {
  Bytes seed = mrzPasswordHash(mrzKey);
  seed.resize(16);
  BacKeys keys = keysFromSeed(view(seed));
  wipeBytes(seed);
  return keys;
}

BacKeys deriveSessionKeys(ByteView kIfd, ByteView kIc) {
  Bytes seed(kKeyMaterialSize);
  for (std::size_t i = 0; i < kKeyMaterialSize; ++i) seed[i] = static_cast<std::uint8_t>(kIfd[i] ^ kIc[i]);
  BacKeys keys = keysFromSeed(view(seed));
  wipeBytes(seed);
  return keys;
}

CommandApdu getChallenge() { return CommandApdu{0x00, 0x84, 0x00, 0x00, {}, 8}; }

TerminalHandshake::TerminalHandshake(BacKeys keys, Bytes rndIfd, Bytes kIfd)
    : m_keys(std::move(keys)), m_rndIfd(std::move(rndIfd)), m_kIfd(std::move(kIfd)) {}

TerminalHandshake::~TerminalHandshake() {
  m_keys.wipe();
  wipeBytes(m_rndIfd);
  wipeBytes(m_kIfd);
  wipeBytes(m_rndIc);
}

CommandApdu TerminalHandshake::externalAuthenticate(ByteView rndIc) {
  m_rndIc.assign(rndIc.begin(), rndIc.end());
  Bytes s = concat({view(m_rndIfd), rndIc, view(m_kIfd)});
  const Bytes cryptogram = crypto::tripleDesCbc(true, view(m_keys.enc), view(Bytes(8, 0)), view(s));
  wipeBytes(s);
  return CommandApdu{0x00, 0x82, 0x00, 0x00, concat({view(cryptogram), view(macOf(m_keys, view(cryptogram)))}), 40};
}

std::expected<SmSession, std::string> TerminalHandshake::finish(const ResponseApdu& response) {
  if (!response.ok()) return std::unexpected("the chip refused the access key (wrong MRZ data?)");
  if (response.data.size() != kCryptogramSize + 8) return std::unexpected("mutual authentication answer has a wrong size");
  const ByteView cryptogram = ByteView(response.data).first(kCryptogramSize);
  const Bytes mac = macOf(m_keys, cryptogram);
  if (CRYPTO_memcmp(mac.data(), response.data.data() + kCryptogramSize, 8) != 0) {
    return std::unexpected("the chip's authentication checksum is wrong");
  }
  Bytes plain = crypto::tripleDesCbc(false, view(m_keys.enc), view(Bytes(8, 0)), cryptogram);
  const ByteView r(plain);
  if (!std::equal(m_rndIc.begin(), m_rndIc.end(), r.begin()) ||
      !std::equal(m_rndIfd.begin(), m_rndIfd.end(), r.begin() + kNonceSize)) {
    wipeBytes(plain);
    return std::unexpected("the chip's answer does not hold our challenge");
  }
  BacKeys session = deriveSessionKeys(view(m_kIfd), r.subspan(2 * kNonceSize, kKeyMaterialSize));
  wipeBytes(plain);
  return SmSession(SmCipher::TripleDes, std::move(session.enc), std::move(session.mac),
                   initialSsc(view(m_rndIc), view(m_rndIfd)));
}

ChipAnswer chipAuthenticate(const BacKeys& keys, ByteView rndIc, ByteView kIc, const CommandApdu& command) {
  if (command.data.size() != kCryptogramSize + 8) return {ResponseApdu{{}, sw::kWrongLength}, std::nullopt};
  const ByteView cryptogram = ByteView(command.data).first(kCryptogramSize);
  const Bytes mac = macOf(keys, cryptogram);
  if (CRYPTO_memcmp(mac.data(), command.data.data() + kCryptogramSize, 8) != 0) {
    return {ResponseApdu{{}, sw::kAuthenticationFailed}, std::nullopt};
  }
  Bytes plain = crypto::tripleDesCbc(false, view(keys.enc), view(Bytes(8, 0)), cryptogram);
  const ByteView s(plain);
  if (!std::equal(rndIc.begin(), rndIc.end(), s.begin() + kNonceSize)) {
    wipeBytes(plain);
    return {ResponseApdu{{}, sw::kAuthenticationFailed}, std::nullopt};
  }
  const ByteView rndIfd = s.first(kNonceSize);
  const ByteView kIfd = s.subspan(2 * kNonceSize, kKeyMaterialSize);
  Bytes answer = concat({rndIc, rndIfd, kIc});
  const Bytes encrypted = crypto::tripleDesCbc(true, view(keys.enc), view(Bytes(8, 0)), view(answer));
  wipeBytes(answer);
  BacKeys session = deriveSessionKeys(kIfd, kIc);
  SmSession sm(SmCipher::TripleDes, std::move(session.enc), std::move(session.mac), initialSsc(rndIc, rndIfd));
  wipeBytes(plain);
  return {ResponseApdu{concat({view(encrypted), view(macOf(keys, view(encrypted)))}), sw::kOk}, std::move(sm)};
}

}  // namespace foyer::document::emrtd::bac
