#pragma once
// ESC/POS test vectors T1-T7, copied from ../shared/specs/escpos.md §6 (Foyer's ESC/POS fact sheet: Epson
// ESC/POS command reference pages, escpos-rs status.rs, python-escpos constants; code page bytes checked
// with Python's cp858/cp1252 codecs).
#include <cctype>
#include <string_view>

#include "drivers/printer/protocol/bytes.hpp"

namespace foyer::printer::escpos::vectors {

// Spaces are ignored; anything else that is not a hex digit pair gives an empty result.
inline Bytes fromHex(std::string_view hex) {
  Bytes out;
  int high = -1;
  for (const char c : hex) {
    if (c == ' ') continue;
    if (!std::isxdigit(static_cast<unsigned char>(c))) return {};
    const int value = std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : std::toupper(c) - 'A' + 10;
    if (high < 0) {
      high = value;
    } else {
      out.push_back(static_cast<std::uint8_t>(high << 4 | value));
      high = -1;
    }
  }
  return high < 0 ? out : Bytes{};
}

inline Bytes concat(std::initializer_list<Bytes> parts) {
  Bytes out;
  for (const auto& part : parts) out.insert(out.end(), part.begin(), part.end());
  return out;
}

inline ByteView view(const Bytes& bytes) { return {bytes.data(), bytes.size()}; }

// T1: CP858 text after ESC t 19.
inline constexpr std::string_view kT1SelectPc858 = "1B 74 13";
inline constexpr std::string_view kT1GebuehrText = "Gebühr: 12,50 €";
inline constexpr std::string_view kT1Gebuehr = "47 65 62 81 68 72 3A 20 31 32 2C 35 30 20 D5";
inline constexpr std::string_view kT1StrasseText = "Straße Ä Ö Ü ä ö ü ß";
inline constexpr std::string_view kT1Strasse = "53 74 72 61 E1 65 20 8E 20 99 20 9A 20 84 20 94 20 81 20 E1";

// T2: QR "https://example.org/t/123", model 2, module size 6, error correction M.
inline constexpr std::string_view kT2Data = "https://example.org/t/123";
inline constexpr std::string_view kT2 =
    "1D 28 6B 04 00 31 41 32 00"
    "1D 28 6B 03 00 31 43 06"
    "1D 28 6B 03 00 31 45 31"
    "1D 28 6B 1C 00 31 50 30 68 74 74 70 73 3A 2F 2F 65 78 61 6D 70 6C 65 2E 6F 72 67 2F 74 2F 31 32 33"
    "1D 28 6B 03 00 31 51 30";

// T3: CODE128 "FOYER-0042", code set B, HRI below, height 80, module width 2.
inline constexpr std::string_view kT3Data = "FOYER-0042";
inline constexpr std::string_view kT3 = "1D 48 02 1D 68 50 1D 77 02 1D 6B 49 0C 7B 42 46 4F 59 45 52 2D 30 30 34 32";

// T4: raster 16×2 dots, top row black, bottom row left half black.
inline constexpr std::string_view kT4 = "1D 76 30 00 02 00 02 00 FF FF FF 00";

// T5: real-time status replies.
inline constexpr std::uint8_t kT5Healthy = 0x12;
inline constexpr std::uint8_t kT5PaperOutPrinter = 0x1A;
inline constexpr std::uint8_t kT5PaperOutOfflineCause = 0x32;
inline constexpr std::uint8_t kT5PaperOutSensor = 0x7E;
inline constexpr std::uint8_t kT5NearEndSensor = 0x1E;

// T6: ASB.
inline constexpr std::string_view kT6EnableAll = "1D 61 0F";
inline constexpr std::uint8_t kT6CoverOpenByte1 = 0x38;
inline constexpr std::uint8_t kT6PaperEndByte3 = 0x0C;
inline constexpr std::uint8_t kT6NearEndByte3 = 0x03;

// T7: cuts.
inline constexpr std::string_view kT7FeedPartialCut = "1D 56 42 00";
inline constexpr std::string_view kT7FullCut = "1D 56 00";

}  // namespace foyer::printer::escpos::vectors
