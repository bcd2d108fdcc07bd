#pragma once
#include <string.h>  // explicit_bzero

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

// Bytes that hold personal or biometric data (images, templates). Their allocator overwrites every
// buffer before giving it back, so neither a destroyed value nor a buffer left behind by growth or
// reassignment keeps the data in freed memory. Values holding them can keep their default copy and move.
namespace foyer {

template <typename T>
struct WipingAllocator {
  using value_type = T;
  WipingAllocator() = default;
  template <typename U>
  explicit WipingAllocator(const WipingAllocator<U>& /*other*/) noexcept {}
  T* allocate(std::size_t n) { return std::allocator<T>{}.allocate(n); }
  void deallocate(T* p, std::size_t n) noexcept {
    explicit_bzero(p, n * sizeof(T));  // the compiler may not leave this out
    std::allocator<T>{}.deallocate(p, n);
  }
  template <typename U>
  bool operator==(const WipingAllocator<U>& /*other*/) const noexcept {
    return true;
  }
};

using SecureBytes = std::vector<std::uint8_t, WipingAllocator<std::uint8_t>>;

// Forgets the bytes now (clear() alone keeps them in the buffer until it is freed).
inline void wipe(SecureBytes& bytes) {
  if (!bytes.empty()) explicit_bzero(bytes.data(), bytes.size());
  bytes.clear();
}

}  // namespace foyer
