#include "kiosk/visit/secure_wipe.hpp"

#include <cstring>

namespace foyer::visit {

void secureWipe(void* data, std::size_t size) {
  if (data != nullptr && size > 0) explicit_bzero(data, size);
}

void secureWipe(std::string& text) {
  text.resize(text.capacity());  // the tail beyond size() may hold an older, longer value
  secureWipe(text.data(), text.size());
  text.clear();
}

void secureWipe(std::vector<unsigned char>& bytes) {
  bytes.resize(bytes.capacity());
  secureWipe(bytes.data(), bytes.size());
  bytes.clear();
}

}  // namespace foyer::visit
