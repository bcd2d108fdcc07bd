#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <optional>

#include <openssl/evp.h>

#include "drivers/document/emrtd/access_key.hpp"
#include "drivers/document/emrtd/bytes.hpp"

namespace foyer::simulators::emrtd {

using document::emrtd::AccessKey;
using document::emrtd::Bytes;

// Everything a simulated passport or ID card holds.
struct CardProfile {
  AccessKey mrzKey;                  // opens BAC and PACE-with-MRZ
  std::optional<AccessKey> can;      // PACE with the card access number
  Bytes cardAccess;                  // EF.CardAccess in the master file; empty: BAC only
  bool bac = true;                   // offer BAC (German ID cards do not)
  std::size_t maxResponse = 0;       // extended length: largest response, announced in EF.ATR/INFO; 0 = short only
  std::map<std::uint16_t, Bytes> files;  // application files by FID: 011E EF.COM, 0101.. DGs, 011D EF.SOD
  // Chip authentication: the private key whose public half is in DG14 (empty: no DG14, no CA). A cloned
  // chip uses another key than DG14 names.
  std::shared_ptr<EVP_PKEY> chipAuthKey;
};

}  // namespace foyer::simulators::emrtd
