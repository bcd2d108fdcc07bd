#pragma once
#include <string>
#include <vector>

#include "drivers/document/emrtd/bytes.hpp"

// Builds the files of a simulated eMRTD in their LDS encoding (ICAO 9303-10), as a personalisation
// system would.
namespace foyer::simulators::emrtd::lds_builder {

using document::emrtd::Bytes;
using document::emrtd::ByteView;

Bytes dg1(const std::string& mrzCharacters);  // the MRZ lines joined without line breaks
// DG2 with one ISO/IEC 19794-5 full-frontal face record around a JPEG image.
Bytes dg2(ByteView jpeg);
Bytes com(const std::vector<int>& dataGroups);
// EF.CardAccess with one PACEInfo: ECDH generic mapping, AES-128, on the given standard domain parameters
// (12 = NIST P-256, 13 = brainpoolP256r1).
Bytes cardAccess(int parameterId);
// LDSSecurityObject (version 0, SHA-256) over the given data group files.
Bytes ldsSecurityObject(const std::vector<std::pair<int, Bytes>>& dataGroups);

// Width and height from a JPEG's frame header; {0, 0} when there is none.
std::pair<int, int> jpegSize(ByteView jpeg);

}  // namespace foyer::simulators::emrtd::lds_builder
