#include "drivers/simulators/emrtd_card/card_issuer.hpp"

#include <openssl/evp.h>

#include "drivers/document/emrtd/chip_authentication.hpp"
#include "drivers/document/emrtd/lds.hpp"
#include "drivers/document/mrz/mrz_parser.hpp"
#include "drivers/simulators/emrtd_card/document_signer.hpp"
#include "drivers/simulators/emrtd_card/lds_builder.hpp"

namespace foyer::simulators::emrtd {
namespace {

std::shared_ptr<EVP_PKEY> newChipKey() { return std::shared_ptr<EVP_PKEY>(EVP_EC_gen("P-256"), EVP_PKEY_free); }

}  // namespace

std::expected<IssuedCard, std::string> issueCard(const IssueRequest& request, int referenceYear) {
  std::vector<std::string_view> lines(request.mrzLines.begin(), request.mrzLines.end());
  auto mrz = document::mrz::parse(std::span<const std::string_view>(lines), referenceYear);
  if (!mrz) return std::unexpected("MRZ: " + mrz.error().message);
  auto key = document::emrtd::mrzAccessKey(*mrz);
  if (!key) return std::unexpected("MRZ: " + key.error());
  std::string joined;
  for (const auto& line : request.mrzLines) joined += line;

  IssuedCard card;
  card.profile.mrzKey = std::move(*key);
  if (request.can) {
    auto can = document::emrtd::canAccessKey(*request.can);
    if (!can) return std::unexpected(can.error());
    card.profile.can = std::move(*can);
  }
  card.profile.bac = request.bac;
  card.profile.maxResponse = request.maxResponse;
  if (request.paceParameterId != 0) card.profile.cardAccess = lds_builder::cardAccess(request.paceParameterId);

  const Bytes dg1 = lds_builder::dg1(joined);
  const Bytes dg2 = lds_builder::dg2(document::emrtd::view(request.faceJpeg));
  std::vector<std::pair<int, Bytes>> signedGroups{{1, dg1}, {2, dg2}};
  std::vector<int> listed{1, 2};
  if (request.chipAuthentication) {
    auto chipKey = newChipKey();
    if (!chipKey) return std::unexpected(std::string("cannot make a chip authentication key"));
    const Bytes dg14 = document::emrtd::chip_auth::dg14For(chipKey.get());
    card.profile.files[document::emrtd::lds::dataGroup(14).fid] = dg14;
    signedGroups.emplace_back(14, dg14);
    listed.push_back(14);
    card.profile.chipAuthKey = request.clone ? newChipKey() : std::move(chipKey);
  }
  const Bytes security = lds_builder::ldsSecurityObject(signedGroups);
  auto signature = signSecurityObject(document::emrtd::view(security), mrz->issuingState.size() == 2 ? mrz->issuingState : "UT");
  if (!signature) return std::unexpected(signature.error());
  card.profile.files[document::emrtd::lds::kCom.fid] = lds_builder::com(listed);
  card.profile.files[document::emrtd::lds::dataGroup(1).fid] = dg1;
  card.profile.files[document::emrtd::lds::dataGroup(2).fid] = dg2;
  card.profile.files[document::emrtd::lds::kSod.fid] = signature->sod;
  card.cscaPem = signature->cscaPem;
  mrz->wipe();
  return card;
}

}  // namespace foyer::simulators::emrtd
