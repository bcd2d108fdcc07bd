#include "drivers/simulators/emrtd_card/lds_builder.hpp"

#include "drivers/document/emrtd/ber_tlv.hpp"
#include "drivers/document/emrtd/block_crypto.hpp"
#include "drivers/document/emrtd/lds.hpp"

namespace foyer::simulators::emrtd::lds_builder {
namespace {

using document::emrtd::concat;
using document::emrtd::encodeTlv;
using document::emrtd::view;

void putBigEndian(Bytes& out, std::uint32_t value, int size) {
  for (int shift = (size - 1) * 8; shift >= 0; shift -= 8) out.push_back(static_cast<std::uint8_t>(value >> shift));
}

Bytes derInteger(int value) {
  return encodeTlv(0x02, view(Bytes{static_cast<std::uint8_t>(value)}));
}

}  // namespace

std::pair<int, int> jpegSize(ByteView jpeg) {
  std::size_t i = 2;
  while (i + 9 < jpeg.size()) {
    if (jpeg[i] != 0xFF) return {0, 0};
    const std::uint8_t marker = jpeg[i + 1];
    const std::size_t length = static_cast<std::size_t>(jpeg[i + 2]) << 8 | jpeg[i + 3];
    if (marker >= 0xC0 && marker <= 0xC3) {
      return {jpeg[i + 7] << 8 | jpeg[i + 8], jpeg[i + 5] << 8 | jpeg[i + 6]};
    }
    i += 2 + length;
  }
  return {0, 0};
}

Bytes dg1(const std::string& mrzCharacters) {
  const Bytes mrz(mrzCharacters.begin(), mrzCharacters.end());
  return encodeTlv(0x61, view(encodeTlv(0x5F1F, view(mrz))));
}

Bytes dg2(ByteView jpeg) {
  const auto [width, height] = jpegSize(jpeg);
  Bytes face;
  putBigEndian(face, static_cast<std::uint32_t>(20 + 12 + jpeg.size()), 4);  // block length incl. image
  putBigEndian(face, 0, 2);                                                  // no feature points
  face.insert(face.end(), {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01});  // gender, eyes, hair, mask, neutral
  face.insert(face.end(), {0x00, 0x00, 0x00, 0x00, 0x00, 0x00});             // pose and its uncertainty: unspecified
  face.insert(face.end(), {0x01, 0x00});                                     // full frontal, JPEG
  putBigEndian(face, static_cast<std::uint32_t>(width), 2);
  putBigEndian(face, static_cast<std::uint32_t>(height), 2);
  face.insert(face.end(), {0x01, 0x02, 0x00, 0x00, 0x00, 0x00});  // RGB24, digital still camera
  face.insert(face.end(), jpeg.begin(), jpeg.end());

  Bytes record{'F', 'A', 'C', 0x00, '0', '1', '0', 0x00};
  putBigEndian(record, static_cast<std::uint32_t>(14 + face.size()), 4);
  putBigEndian(record, 1, 2);
  record.insert(record.end(), face.begin(), face.end());

  // Biometric header template as issuers usually write it: header version, type face, subtype none,
  // format owner ISO/IEC JTC 1 SC 37, format type face image. (mrtdreader even finds the image type by its
  // offset in this layout.)
  const Bytes header = encodeTlv(0xA1, view(concat({view(encodeTlv(0x80, view(Bytes{0x01, 0x01}))),
                                                     view(encodeTlv(0x81, view(Bytes{0x02}))),
                                                     view(encodeTlv(0x82, view(Bytes{0x00}))),
                                                     view(encodeTlv(0x87, view(Bytes{0x01, 0x01}))),
                                                     view(encodeTlv(0x88, view(Bytes{0x00, 0x08})))})));
  const Bytes instance = encodeTlv(0x7F60, view(concat({view(header), view(encodeTlv(0x5F2E, view(record)))})));
  const Bytes group = encodeTlv(0x7F61, view(concat({view(encodeTlv(0x02, view(Bytes{0x01}))), view(instance)})));
  return encodeTlv(0x75, view(group));
}

Bytes com(const std::vector<int>& dataGroups) {
  Bytes tags;
  for (const int number : dataGroups) tags.push_back(document::emrtd::lds::dataGroupTag(number));
  const std::string version = "0107";
  const std::string unicode = "040000";
  return encodeTlv(0x60, view(concat({view(encodeTlv(0x5F01, view(Bytes(version.begin(), version.end())))),
                                      view(encodeTlv(0x5F36, view(Bytes(unicode.begin(), unicode.end())))),
                                      view(encodeTlv(0x5C, view(tags)))})));
}

Bytes cardAccess(int parameterId) {
  // id-PACE-ECDH-GM-AES-CBC-CMAC-128 = 0.4.0.127.0.7.2.2.4.2.2
  const Bytes oid = encodeTlv(0x06, view(Bytes{0x04, 0x00, 0x7F, 0x00, 0x07, 0x02, 0x02, 0x04, 0x02, 0x02}));
  const Bytes paceInfo = encodeTlv(0x30, view(concat({view(oid), view(derInteger(2)), view(derInteger(parameterId))})));
  return encodeTlv(0x31, view(paceInfo));
}

Bytes ldsSecurityObject(const std::vector<std::pair<int, Bytes>>& dataGroups) {
  const Bytes sha256 = encodeTlv(0x06, view(Bytes{0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01}));
  Bytes hashes;
  for (const auto& [number, file] : dataGroups) {
    const Bytes entry = encodeTlv(
        0x30, view(concat({view(derInteger(number)),
                           view(encodeTlv(0x04, view(document::emrtd::crypto::sha256(view(file)))))})));
    hashes.insert(hashes.end(), entry.begin(), entry.end());
  }
  return encodeTlv(0x30, view(concat({view(derInteger(0)), view(encodeTlv(0x30, view(sha256))),
                                      view(encodeTlv(0x30, view(hashes)))})));
}

}  // namespace foyer::simulators::emrtd::lds_builder
