#include "drivers/document/emrtd/lds.hpp"

#include <openssl/crypto.h>

#include "drivers/document/emrtd/ber_tlv.hpp"
#include "drivers/document/mrz/mrz_parser.hpp"

namespace foyer::document::emrtd::lds {
namespace {

constexpr std::uint8_t kDataGroupTags[17] = {0,    0x61, 0x75, 0x63, 0x76, 0x65, 0x66, 0x67, 0x68,
                                             0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70};

std::optional<std::uint32_t> readUnsigned(ByteView bytes) {
  if (bytes.empty() || bytes.size() > 4) return std::nullopt;
  std::uint32_t value = 0;
  for (const auto byte : bytes) value = value << 8 | byte;
  return value;
}

std::uint32_t bigEndian(ByteView bytes, std::size_t offset, std::size_t size) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < size; ++i) value = value << 8 | bytes[offset + i];
  return value;
}

// ISO/IEC 19794-5:2005 record: 14-byte header, then per face a 20-byte information block, feature points
// (8 bytes each) and a 12-byte image information block before the image.
std::expected<FaceImage, std::string> parseFaceRecord(ByteView record) {
  if (record.size() < 14 + 20 + 12 || record[0] != 'F' || record[1] != 'A' || record[2] != 'C' || record[3] != 0) {
    return std::unexpected("DG2 holds no ISO/IEC 19794-5 face record");
  }
  const ByteView face = record.subspan(14);
  const std::uint32_t blockLength = bigEndian(face, 0, 4);
  const std::uint32_t featurePoints = bigEndian(face, 4, 2);
  const std::size_t imageInfo = 20 + 8 * static_cast<std::size_t>(featurePoints);
  if (blockLength > face.size() || imageInfo + 12 > blockLength) return std::unexpected("DG2 face record is cut off");
  FaceImage image;
  const std::uint8_t dataType = face[imageInfo + 1];
  if (dataType > 1) return std::unexpected("DG2 face image is neither JPEG nor JPEG 2000");
  image.format = dataType == 0 ? FaceImage::Format::Jpeg : FaceImage::Format::Jpeg2000;
  image.width = static_cast<int>(bigEndian(face, imageInfo + 2, 2));
  image.height = static_cast<int>(bigEndian(face, imageInfo + 4, 2));
  const ByteView data = face.subspan(imageInfo + 12, blockLength - imageInfo - 12);
  image.data.assign(data.begin(), data.end());
  return image;
}

}  // namespace

FileId dataGroup(int number) {
  return FileId{static_cast<std::uint8_t>(number), static_cast<std::uint16_t>(0x0100 + number), "EF.DG"};
}

std::uint8_t dataGroupTag(int number) { return number >= 1 && number <= 16 ? kDataGroupTags[number] : 0; }

std::expected<std::vector<int>, std::string> parseCom(ByteView file) {
  const auto com = readTlv(file);
  if (!com || com->tag != 0x60) return std::unexpected("EF.COM does not start with tag 60");
  const auto tagList = findTlv(com->value, 0x5C);
  if (!tagList) return std::unexpected("EF.COM has no data group list (5C)");
  std::vector<int> groups;
  for (const std::uint8_t tag : tagList->value) {
    for (int number = 1; number <= 16; ++number) {
      if (kDataGroupTags[number] == tag) groups.push_back(number);
    }
  }
  return groups;
}

std::expected<std::string, std::string> parseDg1(ByteView file) {
  const auto dg1 = readTlv(file);
  if (!dg1 || dg1->tag != 0x61) return std::unexpected("DG1 does not start with tag 61");
  const auto mrz = findTlv(dg1->value, 0x5F1F);
  if (!mrz) return std::unexpected("DG1 holds no MRZ (5F1F)");
  return std::string(mrz->value.begin(), mrz->value.end());
}

std::expected<FaceImage, std::string> parseDg2(ByteView file) {
  const auto dg2 = readTlv(file);
  if (!dg2 || dg2->tag != 0x75) return std::unexpected("DG2 does not start with tag 75");
  const auto group = findTlv(dg2->value, 0x7F61);
  if (!group) return std::unexpected("DG2 holds no biometric information group (7F61)");
  const auto instance = findTlv(group->value, 0x7F60);
  if (!instance) return std::unexpected("DG2 holds no biometric information template (7F60)");
  auto block = findTlv(instance->value, 0x5F2E);
  if (!block) block = findTlv(instance->value, 0x7F2E);
  if (!block) return std::unexpected("DG2 holds no biometric data block (5F2E)");
  return parseFaceRecord(block->value);
}

std::optional<ExtendedLengthInfo> parseAtrInfo(ByteView file) {
  // EF.ATR/INFO is a list of objects; 7F66 holds two INTEGERs (max command, max response).
  const auto info = findTlv(file, 0x7F66);
  if (!info) return std::nullopt;
  auto values = readTlvList(info->value);
  if (!values || values->size() < 2 || (*values)[0].tag != 0x02 || (*values)[1].tag != 0x02) return std::nullopt;
  const auto command = readUnsigned((*values)[0].value);
  const auto response = readUnsigned((*values)[1].value);
  if (!command || !response) return std::nullopt;
  return ExtendedLengthInfo{*command, *response};
}

std::optional<mrz::MrzDocument> parseDg1Document(ByteView file, int referenceYear) {
  auto text = parseDg1(file);
  if (!text) return std::nullopt;
  const std::size_t lineLength = text->size() == 90 ? 30 : text->size() / 2;
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; lineLength > 0 && start < text->size(); start += lineLength) {
    lines.push_back(std::string_view(*text).substr(start, lineLength));
  }
  auto parsed = mrz::parse(std::span<const std::string_view>(lines), referenceYear);
  OPENSSL_cleanse(text->data(), text->size());
  if (!parsed) return std::nullopt;
  return std::move(*parsed);
}

}  // namespace foyer::document::emrtd::lds
