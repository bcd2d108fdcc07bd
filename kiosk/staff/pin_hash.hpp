#pragma once
#include <string>
#include <string_view>

// Staff PINs as config stores them: an Argon2id string (libsodium's crypto_pwhash_str), salt and cost
// included, so the PIN itself is on no disk. The caller wipes its own PIN buffer once it is checked.
namespace foyer::staff {

// Empty only when libsodium cannot start or the memory for the hash cannot be had.
std::string hashPin(std::string_view pin);

// False for a wrong PIN and for a stored value that is not a valid hash (never throws, never crashes).
bool pinMatches(std::string_view storedHash, std::string_view pin);

// For config validation: the shape of a hash made by hashPin, without checking any PIN against it.
bool looksLikePinHash(std::string_view text);

}  // namespace foyer::staff
