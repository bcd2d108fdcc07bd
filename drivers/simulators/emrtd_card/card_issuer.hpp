#pragma once
#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "drivers/simulators/emrtd_card/card_profile.hpp"

namespace foyer::simulators::emrtd {

// What to put on a simulated card.
struct IssueRequest {
  std::vector<std::string> mrzLines;
  Bytes faceJpeg;
  std::optional<std::string> can;   // six digits: enables PACE with CAN
  int paceParameterId = 13;         // standard domain parameters for PACE; 0 = no PACE (BAC only)
  bool bac = true;
  std::size_t maxResponse = 0;      // extended length support; 0 = short APDUs only
  bool chipAuthentication = true;   // DG14 with an EC key, and chip authentication (CA v1, AES-128)
  bool clone = false;               // a copied chip: DG14 as issued, but the chip does not hold its key
};

struct IssuedCard {
  CardProfile profile;
  std::string cscaPem;  // trust anchor for passive authentication
};

// Personalises a card: DG1 from the MRZ, DG2 around the face, DG14 with a fresh chip authentication key,
// EF.COM, EF.CardAccess and an EF.SOD signed by a fresh throw-away CSCA/document signer.
std::expected<IssuedCard, std::string> issueCard(const IssueRequest& request, int referenceYear);

}  // namespace foyer::simulators::emrtd
