#pragma once
#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "drivers/document/emrtd/bytes.hpp"
#include "drivers/document/mrz/mrz_document.hpp"

// The Logical Data Structure of an eMRTD (ICAO 9303-10): file identifiers and the parsers of the files a
// terminal reads. Parsers take the whole file as read from the chip.
namespace foyer::document::emrtd::lds {

inline constexpr std::uint8_t kApplicationId[] = {0xA0, 0x00, 0x00, 0x02, 0x47, 0x10, 0x01};

// A file by its short EF identifier (SFI). Data groups 1-16 have SFI = number, FID 0x0100 + number.
struct FileId {
  std::uint8_t sfi = 0;
  std::uint16_t fid = 0;
  const char* name = "";
};
inline constexpr FileId kCardAccess{0x1C, 0x011C, "EF.CardAccess"};  // in the master file
inline constexpr FileId kAtrInfo{0x01, 0x2F01, "EF.ATR/INFO"};       // in the master file
inline constexpr FileId kCom{0x1E, 0x011E, "EF.COM"};
inline constexpr FileId kSod{0x1D, 0x011D, "EF.SOD"};
FileId dataGroup(int number);

// EF.COM: which data groups the chip holds, from the tag list 5C.
std::expected<std::vector<int>, std::string> parseCom(ByteView file);
// The tag a data group file starts with (DG1 0x61, DG2 0x75, ...); 0 for numbers outside 1-16.
std::uint8_t dataGroupTag(int number);

// DG1: the MRZ characters (5F1F) without line breaks.
std::expected<std::string, std::string> parseDg1(ByteView file);
// DG1 cut into its lines (3 × 30 for TD1, else two halves) and parsed; empty when it is no MRZ.
// Personal data: the caller wipes the result.
std::optional<mrz::MrzDocument> parseDg1Document(ByteView file, int referenceYear);

// DG2: the first face image of the biometric template (ISO/IEC 19794-5 record inside 5F2E or 7F2E).
struct FaceImage {
  enum class Format { Jpeg, Jpeg2000 };
  Format format = Format::Jpeg;
  int width = 0;
  int height = 0;
  Bytes data;  // the encoded image as stored
};
std::expected<FaceImage, std::string> parseDg2(ByteView file);

// EF.ATR/INFO: whether the chip takes extended-length APDUs and the largest response it sends (7F66).
struct ExtendedLengthInfo {
  std::size_t maxCommand = 0;
  std::size_t maxResponse = 0;
};
std::optional<ExtendedLengthInfo> parseAtrInfo(ByteView file);

}  // namespace foyer::document::emrtd::lds
