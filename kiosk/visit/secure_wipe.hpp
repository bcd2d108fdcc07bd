#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace foyer::visit {

// Overwrites memory that held personal or biometric data in a way the optimiser may not remove.
void secureWipe(void* data, std::size_t size);
void secureWipe(std::string& text);               // wipes the whole capacity, then clears
void secureWipe(std::vector<unsigned char>& bytes);

}  // namespace foyer::visit
