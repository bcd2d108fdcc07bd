#include "drivers/document/emrtd/block_crypto.hpp"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>
#include <stdexcept>

namespace foyer::document::emrtd::crypto {
namespace {

struct CipherCtxDeleter {
  void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};

// A failing EVP call here means a wrong key size or OpenSSL out of memory: a programming error, not a
// card fault, so it is thrown rather than reported as a protocol outcome.
void require(int ok, const char* what) {
  if (ok != 1) throw std::runtime_error(std::string("OpenSSL: ") + what);
}

Bytes runCipher(const EVP_CIPHER* cipher, bool encrypt, ByteView key, ByteView iv, ByteView data) {
  std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter> ctx(EVP_CIPHER_CTX_new());
  require(ctx != nullptr ? 1 : 0, "cipher context");
  require(EVP_CipherInit_ex(ctx.get(), cipher, nullptr, key.data(), iv.empty() ? nullptr : iv.data(), encrypt ? 1 : 0),
          "cipher init");
  EVP_CIPHER_CTX_set_padding(ctx.get(), 0);
  Bytes out(data.size() + 32);
  int written = 0;
  int final = 0;
  require(EVP_CipherUpdate(ctx.get(), out.data(), &written, data.data(), static_cast<int>(data.size())), "cipher");
  require(EVP_CipherFinal_ex(ctx.get(), out.data() + written, &final), "cipher final (data not whole blocks?)");
  out.resize(static_cast<std::size_t>(written + final));
  return out;
}

const EVP_CIPHER* aesCipher(std::size_t keySize, bool cbc) {
  switch (keySize) {
    case 16: return cbc ? EVP_aes_128_cbc() : EVP_aes_128_ecb();
    case 24: return cbc ? EVP_aes_192_cbc() : EVP_aes_192_ecb();
    case 32: return cbc ? EVP_aes_256_cbc() : EVP_aes_256_ecb();
    default: throw std::invalid_argument("AES key must be 16, 24 or 32 bytes");
  }
}

Bytes digest(const EVP_MD* md, ByteView data) {
  Bytes out(static_cast<std::size_t>(EVP_MD_get_size(md)));
  unsigned int size = 0;
  require(EVP_Digest(data.data(), data.size(), out.data(), &size, md, nullptr), "digest");
  out.resize(size);
  return out;
}

}  // namespace

Bytes padIso(ByteView data, std::size_t blockSize) {
  Bytes out(data.begin(), data.end());
  out.push_back(0x80);
  while (out.size() % blockSize != 0) out.push_back(0x00);
  return out;
}

std::optional<Bytes> unpadIso(ByteView padded) {
  std::size_t end = padded.size();
  while (end > 0 && padded[end - 1] == 0x00) --end;
  if (end == 0 || padded[end - 1] != 0x80) return std::nullopt;
  return Bytes(padded.begin(), padded.begin() + static_cast<std::ptrdiff_t>(end - 1));
}

Bytes tripleDesCbc(bool encrypt, ByteView key16, ByteView iv8, ByteView data) {
  if (key16.size() != 16) throw std::invalid_argument("3DES key must be 16 bytes");
  return runCipher(EVP_des_ede_cbc(), encrypt, key16, iv8, data);
}

Bytes retailMac(ByteView key16, ByteView padded) {
  if (key16.size() != 16 || padded.empty() || padded.size() % 8 != 0) {
    throw std::invalid_argument("retail MAC needs a 16-byte key and whole blocks");
  }
  const ByteView ka = key16.first(8);
  const ByteView kb = key16.subspan(8, 8);
  const Bytes singleA = concat({ka, ka});
  const Bytes singleB = concat({kb, kb});
  const Bytes zeroIv(8, 0);
  // Single-DES CBC with Ka over all blocks; only the last block matters.
  const Bytes chain = runCipher(EVP_des_ede_cbc(), true, view(singleA), view(zeroIv), padded);
  const ByteView last = ByteView(chain).last(8);
  const Bytes decrypted = runCipher(EVP_des_ede_ecb(), false, view(singleB), {}, last);
  return runCipher(EVP_des_ede_ecb(), true, view(singleA), {}, view(decrypted));
}

Bytes aesCbc(bool encrypt, ByteView key, ByteView iv16, ByteView data) {
  return runCipher(aesCipher(key.size(), true), encrypt, key, iv16, data);
}

Bytes aesEncryptBlock(ByteView key, ByteView block16) {
  return runCipher(aesCipher(key.size(), false), true, key, {}, block16);
}

Bytes aesCmac(ByteView key, ByteView data) {
  std::unique_ptr<EVP_MAC, decltype(&EVP_MAC_free)> mac(EVP_MAC_fetch(nullptr, "CMAC", nullptr), EVP_MAC_free);
  require(mac != nullptr ? 1 : 0, "CMAC fetch");
  std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> ctx(EVP_MAC_CTX_new(mac.get()), EVP_MAC_CTX_free);
  const char* cipherName = key.size() == 16 ? "AES-128-CBC" : key.size() == 24 ? "AES-192-CBC" : "AES-256-CBC";
  OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_CIPHER, const_cast<char*>(cipherName), 0),
      OSSL_PARAM_construct_end()};
  require(EVP_MAC_init(ctx.get(), key.data(), key.size(), params), "CMAC init");
  require(EVP_MAC_update(ctx.get(), data.data(), data.size()), "CMAC update");
  Bytes out(16);
  std::size_t size = 0;
  require(EVP_MAC_final(ctx.get(), out.data(), &size, out.size()), "CMAC final");
  out.resize(size);
  return out;
}

void setDesParity(Bytes& key) {
  for (auto& byte : key) {
    const int ones = __builtin_popcount(static_cast<unsigned>(byte & 0xFE));
    byte = static_cast<std::uint8_t>((byte & 0xFE) | (ones % 2 == 0 ? 1 : 0));
  }
}

Bytes sha1(ByteView data) { return digest(EVP_sha1(), data); }
Bytes sha256(ByteView data) { return digest(EVP_sha256(), data); }

Bytes randomBytes(std::size_t count) {
  Bytes out(count);
  require(RAND_bytes(out.data(), static_cast<int>(count)), "random bytes");
  return out;
}

}  // namespace foyer::document::emrtd::crypto
