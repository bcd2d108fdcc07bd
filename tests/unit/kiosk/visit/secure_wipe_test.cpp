#include "kiosk/visit/secure_wipe.hpp"

#include <gtest/gtest.h>

#include "kiosk/visit/visit.hpp"

namespace foyer::visit {
namespace {

TEST(SecureWipe, OverwritesTheWholeBufferIncludingSpareCapacity) {
  std::string secret = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
  const char* storage = secret.data();
  secret.resize(5);  // the tail still holds the rest of the MRZ
  const std::size_t capacity = secret.capacity();
  secureWipe(secret);
  EXPECT_TRUE(secret.empty());
  EXPECT_EQ(secret.data(), storage) << "wiped in place, not reallocated";
  for (std::size_t i = 0; i < capacity; ++i) EXPECT_EQ(storage[i], '\0') << "byte " << i;
}

TEST(Visit, WipeForgetsChoicesAndReturnsToDefaultLanguage) {
  Visit visit;
  visit.number = 7;
  visit.language = "ar";
  visit.serviceId = "residence-permit";
  visit.wipe("de");
  EXPECT_EQ(visit.language, "de");
  EXPECT_TRUE(visit.serviceId.empty());
  EXPECT_FALSE(visit.active());
}

}  // namespace
}  // namespace foyer::visit
