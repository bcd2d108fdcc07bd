// libFuzzer: MRZ parsing and OCR-confusion correction on arbitrary text (what an OCR engine or a typed
// entry hands over). Must return a document or an error, never crash; a correction must keep the shape.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "drivers/document/mrz/mrz_correction.hpp"
#include "drivers/document/mrz/mrz_parser.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace foyer::document::mrz;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto parsed = parse(text, 2026);
  if (parsed) parsed->wipe();

  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = text.find('\n', start);
    lines.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  const CorrectedLines corrected = correctOcrConfusions(lines);
  if (corrected.lines.size() != lines.size()) __builtin_trap();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (corrected.lines[i].size() != lines[i].size()) __builtin_trap();
  }
  std::vector<std::string_view> views(corrected.lines.begin(), corrected.lines.end());
  (void)parse(std::span<const std::string_view>(views), 2026);
  return 0;
}
