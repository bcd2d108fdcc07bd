#pragma once
#include <expected>
#include <string>

#include "drivers/document/emrtd/bytes.hpp"

// A throw-away country signing CA and document signer (EC P-256), made fresh for a simulated card so that
// passive authentication runs against real signatures. Never a real PKI: the keys live in memory only.
namespace foyer::simulators::emrtd {

using document::emrtd::Bytes;
using document::emrtd::ByteView;

struct SigningResult {
  Bytes sod;              // EF.SOD: tag 77 around the CMS SignedData
  std::string cscaPem;    // the trust anchor a terminal needs
  std::string signerPem;  // the document signer certificate (also inside the SOD)
};

// Signs an LDSSecurityObject as CMS SignedData with eContentType id-icao-mrtd-security-ldsSecurityObject.
std::expected<SigningResult, std::string> signSecurityObject(ByteView ldsSecurityObject, const std::string& country);

}  // namespace foyer::simulators::emrtd
