#pragma once
#include <expected>
#include <string>
#include <string_view>

#include "drivers/document/emrtd/bytes.hpp"
#include "drivers/document/mrz/mrz_document.hpp"

namespace foyer::document::emrtd {

// What opens the chip: the MRZ (document number, birth and expiry date, ICAO 9303-11 §4.3.2 / §4.4.1) or
// the six-digit card access number printed on German ID cards and residence permits (PACE only).
// Holds a secret: wipe() when done; never log it.
struct AccessKey {
  enum class Kind { Mrz, Can };
  Kind kind = Kind::Mrz;
  std::string secret;  // MRZ_information (docno+cd, birth+cd, expiry+cd) or the CAN digits

  void wipe();
};

// Builds the MRZ access key with its check digits. Document numbers shorter than nine characters are
// padded with '<' as in the MRZ; dates are YYMMDD.
std::expected<AccessKey, std::string> mrzAccessKey(std::string_view documentNumber, std::string_view birthDate,
                                                   std::string_view expiryDate);
std::expected<AccessKey, std::string> canAccessKey(std::string_view can);
// The same from a parsed MRZ (as read by OCR or typed in).
std::expected<AccessKey, std::string> mrzAccessKey(const mrz::MrzDocument& document);

// The BAC key seed / PACE MRZ password: SHA-1 of MRZ_information (20 bytes; BAC uses the first 16).
Bytes mrzPasswordHash(const AccessKey& key);

enum class KeyType { TripleDes, Aes128, Aes192, Aes256 };
// ICAO 9303-11 §9.7.1 KDF: the hash of secret ‖ counter (big-endian 32 bit), cut to the key size; 3DES keys
// get DES parity. Counter 1 = encryption, 2 = MAC, 3 = PACE password key.
Bytes deriveKey(ByteView secret, std::uint32_t counter, KeyType type);

}  // namespace foyer::document::emrtd
