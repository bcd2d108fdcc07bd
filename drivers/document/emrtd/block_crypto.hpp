#pragma once
#include <optional>

#include "drivers/document/emrtd/bytes.hpp"

// The block-cipher primitives of ICAO 9303-11 (BAC, secure messaging) on OpenSSL 3's default provider.
// Single DES is taken from two-key 3DES with both halves equal, so the legacy provider is never needed.
namespace foyer::document::emrtd::crypto {

// ISO/IEC 9797-1 padding method 2: 0x80, then zeros up to a multiple of the block size.
Bytes padIso(ByteView data, std::size_t blockSize);
std::optional<Bytes> unpadIso(ByteView padded);

// Two-key 3DES (K1, K2, K1) in CBC mode without padding; data must be whole 8-byte blocks.
Bytes tripleDesCbc(bool encrypt, ByteView key16, ByteView iv8, ByteView data);
// ISO/IEC 9797-1 MAC algorithm 3 ("retail MAC") over already padded data.
Bytes retailMac(ByteView key16, ByteView padded);

// AES (128, 192 or 256 by key size) in CBC mode without padding, and one ECB block.
Bytes aesCbc(bool encrypt, ByteView key, ByteView iv16, ByteView data);
Bytes aesEncryptBlock(ByteView key, ByteView block16);
// AES-CMAC (NIST SP 800-38B), full 16 bytes.
Bytes aesCmac(ByteView key, ByteView data);

// DES keys carry odd parity in each byte's lowest bit.
void setDesParity(Bytes& key);

Bytes sha1(ByteView data);
Bytes sha256(ByteView data);

// Cryptographically secure random bytes.
Bytes randomBytes(std::size_t count);

}  // namespace foyer::document::emrtd::crypto
