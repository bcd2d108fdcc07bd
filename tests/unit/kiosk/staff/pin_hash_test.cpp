// Staff PINs: an Argon2id hash that matches only its PIN, a fresh salt each time, and a stored value that
// is not a hash refused without a crash.
#include "kiosk/staff/pin_hash.hpp"

#include <string>

#include <gtest/gtest.h>

namespace foyer::staff {
namespace {

// Hashing costs about 0.4 s by design: one hash serves the whole suite.
const std::string& hashOf4711() {
  static const std::string hash = hashPin("4711");
  return hash;
}

TEST(PinHash, AHashMatchesItsPinAndNoOther) {
  const auto& hash = hashOf4711();
  ASSERT_FALSE(hash.empty());
  EXPECT_TRUE(pinMatches(hash, "4711"));
  EXPECT_FALSE(pinMatches(hash, "4712"));
  EXPECT_FALSE(pinMatches(hash, "47110"));
  EXPECT_FALSE(pinMatches(hash, ""));
}

TEST(PinHash, TheHashIsArgon2idAtModerateCostAndHoldsNoPin) {
  const auto& hash = hashOf4711();
  EXPECT_TRUE(hash.starts_with("$argon2id$"));
  EXPECT_NE(hash.find("m=262144,t=3"), std::string::npos) << hash;
  EXPECT_EQ(hash.find("4711"), std::string::npos);
  EXPECT_TRUE(looksLikePinHash(hash));
}

TEST(PinHash, EveryHashHasItsOwnSalt) {
  const auto again = hashPin("4711");
  EXPECT_NE(again, hashOf4711());
  EXPECT_TRUE(pinMatches(again, "4711"));
}

TEST(PinHash, AStoredValueThatIsNoHashMatchesNothing) {
  const auto& hash = hashOf4711();
  for (const std::string& stored :
       {std::string(), std::string("4711"), std::string("$argon2id$"),
        std::string("$argon2id$v=19$m=65536,t=2,p=1$garbage"), "$argon2i$" + hash.substr(10),
        hash.substr(0, hash.size() / 2), "$argon2id$" + std::string(500, 'A'), hash + std::string(1, '\0') + "x"}) {
    EXPECT_FALSE(pinMatches(stored, "4711")) << stored;
  }
}

TEST(PinHash, ConfigValidationKnowsTheShapeOfAHash) {
  EXPECT_TRUE(looksLikePinHash("$argon2id$v=19$m=262144,t=3,p=1$c2FsdA$aGFzaA"));
  EXPECT_FALSE(looksLikePinHash("4711")) << "a PIN written into config in the clear";
  EXPECT_FALSE(looksLikePinHash("$2b$12$abcdefghijklmnopqrstuv")) << "bcrypt";
  EXPECT_FALSE(looksLikePinHash("$argon2i$v=19$m=4096,t=3,p=1$c2FsdA$aGFzaA"));
  EXPECT_FALSE(looksLikePinHash("$argon2id$" + std::string(200, 'A'))) << "longer than libsodium reads";
}

}  // namespace
}  // namespace foyer::staff
