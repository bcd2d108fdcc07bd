#include "kiosk/staff/pin_hash.hpp"

#include <array>

#include <sodium.h>

namespace foyer::staff {
namespace {

constexpr std::string_view kPrefix = "$argon2id$";

bool sodiumReady() {
  static const bool ready = sodium_init() >= 0;  // a function-local static starts it once, thread-safely
  return ready;
}

}  // namespace

// MODERATE, not INTERACTIVE: a PIN has four to six digits, so a copied config falls to guessing whatever
// the cost; only the cost per guess decides whether that takes hours or days. MODERATE takes about 0.4 s and
// 256 MiB, once per staff login and freed at once, which the kiosk affords (the lockout, not the hash, stops
// guessing at the terminal itself).
std::string hashPin(std::string_view pin) {
  if (!sodiumReady()) return {};
  std::array<char, crypto_pwhash_STRBYTES> out{};
  // libsodium reads the PIN where it is: no copy of it is made here.
  if (crypto_pwhash_str(out.data(), pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_MODERATE,
                        crypto_pwhash_MEMLIMIT_MODERATE) != 0) {
    return {};
  }
  return std::string(out.data());
}

bool looksLikePinHash(std::string_view text) {
  return text.starts_with(kPrefix) && text.size() < crypto_pwhash_STRBYTES && text.find('\0') == std::string_view::npos;
}

bool pinMatches(std::string_view storedHash, std::string_view pin) {
  if (!looksLikePinHash(storedHash) || !sodiumReady()) return false;
  // crypto_pwhash_str_verify wants a terminated string of at most crypto_pwhash_STRBYTES.
  std::array<char, crypto_pwhash_STRBYTES> stored{};
  storedHash.copy(stored.data(), storedHash.size());
  return crypto_pwhash_str_verify(stored.data(), pin.data(), pin.size()) == 0;
}

}  // namespace foyer::staff
