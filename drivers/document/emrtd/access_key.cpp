#include "drivers/document/emrtd/access_key.hpp"

#include <openssl/crypto.h>

#include <algorithm>

#include "drivers/document/emrtd/block_crypto.hpp"
#include "drivers/document/mrz/check_digit.hpp"

namespace foyer::document::emrtd {

void AccessKey::wipe() {
  if (!secret.empty()) OPENSSL_cleanse(secret.data(), secret.size());
  secret.clear();
}

namespace {
bool isDate(std::string_view text) {
  return text.size() == 6 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}
}  // namespace

std::expected<AccessKey, std::string> mrzAccessKey(std::string_view documentNumber, std::string_view birthDate,
                                                   std::string_view expiryDate) {
  std::string number(documentNumber);
  if (number.empty()) return std::unexpected("the document number is empty");
  if (number.size() < 9) number.append(9 - number.size(), '<');
  if (!isDate(birthDate)) return std::unexpected("the date of birth must be six digits YYMMDD");
  if (!isDate(expiryDate)) return std::unexpected("the expiry date must be six digits YYMMDD");
  const auto numberCheck = mrz::checkDigit(number);
  if (!numberCheck) return std::unexpected("the document number may hold only A-Z, 0-9 and <");
  AccessKey key;
  key.kind = AccessKey::Kind::Mrz;
  key.secret = number + static_cast<char>('0' + *numberCheck) + std::string(birthDate) +
               static_cast<char>('0' + *mrz::checkDigit(birthDate)) + std::string(expiryDate) +
               static_cast<char>('0' + *mrz::checkDigit(expiryDate));
  OPENSSL_cleanse(number.data(), number.size());
  return key;
}

std::expected<AccessKey, std::string> mrzAccessKey(const mrz::MrzDocument& document) {
  const bool td1 = document.format == mrz::Format::TD1;
  const std::size_t dateLine = 1;  // TD1: line 2 holds the dates; TD2/TD3/MRV: line 2 from position 14
  if (document.lines.size() <= dateLine) return std::unexpected("the MRZ has too few lines");
  const std::string& line = document.lines[dateLine];
  const std::size_t birth = td1 ? 0 : 13;
  const std::size_t expiry = td1 ? 8 : 21;
  if (line.size() < expiry + 6) return std::unexpected("the MRZ line is too short");
  return mrzAccessKey(document.documentNumber, std::string_view(line).substr(birth, 6),
                      std::string_view(line).substr(expiry, 6));
}

std::expected<AccessKey, std::string> canAccessKey(std::string_view can) {
  if (can.size() != 6 || !std::all_of(can.begin(), can.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::unexpected("the card access number has six digits");
  }
  return AccessKey{AccessKey::Kind::Can, std::string(can)};
}

Bytes mrzPasswordHash(const AccessKey& key) {
  const auto* data = reinterpret_cast<const std::uint8_t*>(key.secret.data());
  return crypto::sha1(ByteView(data, key.secret.size()));
}

Bytes deriveKey(ByteView secret, std::uint32_t counter, KeyType type) {
  const std::uint8_t counterBytes[4] = {static_cast<std::uint8_t>(counter >> 24), static_cast<std::uint8_t>(counter >> 16),
                                        static_cast<std::uint8_t>(counter >> 8), static_cast<std::uint8_t>(counter)};
  Bytes input = concat({secret, ByteView(counterBytes)});
  const bool longKey = type == KeyType::Aes192 || type == KeyType::Aes256;
  Bytes hash = longKey ? crypto::sha256(view(input)) : crypto::sha1(view(input));
  const std::size_t size = type == KeyType::Aes256 ? 32 : type == KeyType::Aes192 ? 24 : 16;
  wipeBytes(input);
  hash.resize(size);
  if (type == KeyType::TripleDes) crypto::setDesParity(hash);
  return hash;
}

}  // namespace foyer::document::emrtd
