#include "drivers/document/mrz_ocr/mrz_reading.hpp"

namespace foyer::document::mrz {
namespace {

// Volatile stores, so the compiler cannot drop them as dead before the memory is freed.
void wipeString(std::string& text) {
  text.resize(text.capacity());
  volatile char* bytes = text.data();
  for (std::size_t i = 0; i < text.size(); ++i) bytes[i] = 0;
  text.clear();
}

}  // namespace

void MrzReading::wipe() {
  for (auto& line : rawLines) wipeString(line);
  for (auto& line : correction.lines) wipeString(line);
  for (auto& line : characters) {
    for (auto& c : line) {
      volatile char* best = &c.best;
      volatile char* runnerUp = &c.runnerUp;
      *best = 0;
      *runnerUp = 0;
    }
  }
  for (auto& c : correction.corrections) {
    volatile char* from = &c.from;
    volatile char* to = &c.to;
    *from = 0;
    *to = 0;
  }
  document.wipe();
  *this = MrzReading{};
}

std::string_view toString(MrzReadFailure failure) {
  switch (failure) {
    case MrzReadFailure::NoImage:
      return "no_image";
    case MrzReadFailure::NoMrzFound:
      return "no_mrz_found";
    case MrzReadFailure::Unreadable:
      return "unreadable";
  }
  return "?";
}

}  // namespace foyer::document::mrz
