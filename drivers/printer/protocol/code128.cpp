#include "drivers/printer/protocol/code128.hpp"

#include <array>
#include <optional>

namespace foyer::printer::escpos {
namespace {

// ISO/IEC 15417 symbol character widths, by value.
constexpr std::array<std::string_view, 107> kPatterns = {
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",  //   0
    "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",  //  10
    "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",  //  20
    "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",  //  30
    "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",  //  40
    "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",  //  50
    "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",  //  60
    "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",  //  70
    "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",  //  80
    "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",  //  90
    "114131", "311141", "411131", "211412", "211214", "211232", "2331112",                              // 100
};

enum class CodeSet { A, B, C };

constexpr std::uint8_t kShift = 98;
constexpr std::uint8_t kFnc1 = 102;
constexpr std::uint8_t kFnc2 = 97;
constexpr std::uint8_t kFnc3 = 96;

std::uint8_t switchValue(CodeSet to) {
  switch (to) {
    case CodeSet::A: return 101;
    case CodeSet::B: return 100;
    case CodeSet::C: return 99;
  }
  return 0;
}

// A data byte in code set A or B: its value, or nullopt when the set has no such character.
std::optional<std::uint8_t> characterValue(std::uint8_t byte, CodeSet set) {
  if (set == CodeSet::A) {
    if (byte < 0x20) return static_cast<std::uint8_t>(byte + 64);
    if (byte <= 0x5F) return static_cast<std::uint8_t>(byte - 32);
    return std::nullopt;
  }
  if (byte >= 0x20 && byte <= 0x7F) return static_cast<std::uint8_t>(byte - 32);
  return std::nullopt;
}

void appendReadable(std::string& text, std::uint8_t byte) {
  text.push_back(byte >= 0x20 && byte < 0x7F ? static_cast<char>(byte) : ' ');
}

}  // namespace

std::expected<Code128Symbol, std::string> parseCode128(ByteView data) {
  if (data.size() < 2 || data[0] != '{' || data[1] < 'A' || data[1] > 'C') {
    return std::unexpected("CODE128 data must begin with a code set selector ({A, {B or {C)");
  }
  CodeSet set = static_cast<CodeSet>(data[1] - 'A');
  Code128Symbol symbol;
  symbol.values.push_back(static_cast<std::uint8_t>(103 + (data[1] - 'A')));
  bool shifted = false;
  for (std::size_t i = 2; i < data.size(); ++i) {
    const std::uint8_t byte = data[i];
    if (byte == '{') {
      if (i + 1 >= data.size()) return std::unexpected("CODE128 data ends with a lone '{'");
      const std::uint8_t code = data[++i];
      if (code >= 'A' && code <= 'C') {
        const auto to = static_cast<CodeSet>(code - 'A');
        if (to == set) return std::unexpected("CODE128 switches to the code set it is already in");
        symbol.values.push_back(switchValue(to));
        set = to;
        continue;
      }
      if (code == '1') {
        symbol.values.push_back(kFnc1);
        continue;
      }
      if (set == CodeSet::C) return std::unexpected("CODE128 code set C has no {S, {2, {3, {4 or {{");
      if (code == 'S') {
        if (shifted) return std::unexpected("CODE128 shift followed by another shift");
        symbol.values.push_back(kShift);
        shifted = true;
        continue;
      }
      if (code == '2') symbol.values.push_back(kFnc2);
      else if (code == '3') symbol.values.push_back(kFnc3);
      else if (code == '4') symbol.values.push_back(set == CodeSet::A ? 101 : 100);  // FNC4 shares the other set's switch
      else if (code == '{' && set == CodeSet::B) {
        symbol.values.push_back('{' - 32);
        symbol.text.push_back('{');
      } else {
        return std::unexpected("CODE128 data has an unknown escape after '{'");
      }
      continue;
    }
    if (set == CodeSet::C && !shifted) {
      if (byte > 99) return std::unexpected("CODE128 code set C takes byte values 0..99 only");
      symbol.values.push_back(byte);
      symbol.text.push_back(static_cast<char>('0' + byte / 10));
      symbol.text.push_back(static_cast<char>('0' + byte % 10));
      continue;
    }
    const CodeSet effective = shifted ? (set == CodeSet::A ? CodeSet::B : CodeSet::A) : set;
    shifted = false;
    const auto value = characterValue(byte, effective);
    if (!value) return std::unexpected("CODE128 data has a byte its code set cannot encode");
    symbol.values.push_back(*value);
    appendReadable(symbol.text, byte);
  }
  if (shifted) return std::unexpected("CODE128 data ends with a shift");
  unsigned sum = symbol.values.front();
  for (std::size_t i = 1; i < symbol.values.size(); ++i) sum += static_cast<unsigned>(i) * symbol.values[i];
  symbol.values.push_back(static_cast<std::uint8_t>(sum % 103));
  return symbol;
}

std::expected<Bytes, std::string> code128SetB(std::string_view text) {
  Bytes data{'{', 'B'};
  for (const char c : text) {
    const auto byte = static_cast<std::uint8_t>(c);
    if (byte < 0x20 || byte > 0x7E) return std::unexpected("CODE128 set B takes printable ASCII only");
    data.push_back(byte);
    if (byte == '{') data.push_back('{');
  }
  return data;
}

std::string_view code128Pattern(int value) {
  if (value < 0 || value >= static_cast<int>(kPatterns.size())) return {};
  return kPatterns[static_cast<std::size_t>(value)];
}

Bitmap code128Bars(const Code128Symbol& symbol, int moduleWidth, int heightDots) {
  std::vector<int> widths;
  for (const std::uint8_t value : symbol.values) {
    for (const char element : code128Pattern(value)) widths.push_back(element - '0');
  }
  for (const char element : code128Pattern(kCode128Stop)) widths.push_back(element - '0');
  int modules = 0;
  for (const int width : widths) modules += width;
  auto bars = Bitmap::blank(modules * moduleWidth, heightDots);
  int x = 0;
  for (std::size_t i = 0; i < widths.size(); ++i) {
    const int dots = widths[i] * moduleWidth;
    if (i % 2 == 0) {  // elements alternate bar, space, bar...
      for (int y = 0; y < heightDots; ++y) {
        for (int dx = 0; dx < dots; ++dx) bars.set(x + dx, y, true);
      }
    }
    x += dots;
  }
  return bars;
}

}  // namespace foyer::printer::escpos
