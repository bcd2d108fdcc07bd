#include "drivers/simulators/emrtd_card/emrtd_applet.hpp"

#include <algorithm>

#include "drivers/document/emrtd/ber_tlv.hpp"
#include "drivers/document/emrtd/block_crypto.hpp"
#include "drivers/document/emrtd/chip_authentication.hpp"
#include "drivers/document/emrtd/lds.hpp"

namespace foyer::simulators::emrtd {
namespace {

namespace sw = document::emrtd::sw;
namespace lds = document::emrtd::lds;
using document::emrtd::encodeTlv;
using document::emrtd::view;

constexpr std::uint8_t kSmBits = 0x0C;

ResponseApdu status(std::uint16_t word) { return ResponseApdu{{}, word}; }

Bytes integer(std::size_t value) {
  return encodeTlv(0x02, view(Bytes{static_cast<std::uint8_t>(value >> 8), static_cast<std::uint8_t>(value)}));
}

Bytes atrInfoFor(std::size_t maxResponse) {
  if (maxResponse == 0) return {};
  const std::size_t limit = std::min<std::size_t>(maxResponse, 0xFFFF);
  return encodeTlv(0x7F66, view(document::emrtd::concat({view(integer(limit)), view(integer(limit))})));
}

}  // namespace

EmrtdApplet::EmrtdApplet(CardProfile profile)
    : m_profile(std::move(profile)),
      m_atrInfo(atrInfoFor(m_profile.maxResponse)),
      m_bacKeys(document::emrtd::bac::deriveKeys(m_profile.mrzKey)),
      m_pace(m_profile.cardAccess, m_profile.mrzKey, m_profile.can) {}

void EmrtdApplet::reset() {
  dropSecureMessaging();
  m_inApplication = false;
  m_current = nullptr;
  m_challenge.clear();
}

void EmrtdApplet::dropSecureMessaging() {
  m_sm.reset();
  m_nextSm.reset();
  m_chipAuthSelected = false;
}

Bytes EmrtdApplet::process(ByteView bytes) {
  ++m_served;
  auto command = document::emrtd::parseCommand(bytes);
  if (!command) {
    dropSecureMessaging();
    return status(sw::kWrongLength).encode();
  }
  if (command->cla == 0xFF) return readerPseudoCommand(*command).encode();
  if ((command->cla & kSmBits) == kSmBits) {
    if (!m_sm) return status(sw::kSmObjectsIncorrect).encode();
    auto plain = m_sm->unprotectCommand(*command);
    if (!plain) {
      // A wrong checksum ends the secure channel (ICAO 9303-11 §9.8.6): the terminal must authenticate again.
      dropSecureMessaging();
      return status(plain.error().kind == document::emrtd::SmError::Kind::BadMac ? sw::kSmObjectsIncorrect
                                                                                  : sw::kSmObjectsMissing)
          .encode();
    }
    const Bytes answer = m_sm->protectResponse(dispatch(*plain)).encode();
    // Chip authentication: its last answer still travels under the old keys, then the new ones apply.
    if (m_nextSm) {
      m_sm = std::move(m_nextSm);
      m_nextSm.reset();
    }
    return answer;
  }
  if (m_sm && command->ins != 0x22 && command->ins != 0x86 && command->ins != 0x84) {
    dropSecureMessaging();
    return status(sw::kSmObjectsMissing).encode();
  }
  const ResponseApdu response = dispatch(*command);
  if (auto session = m_pace.takeSession()) m_sm.emplace(std::move(*session));
  return response.encode();
}

// PC/SC part 3 pseudo-APDUs are answered by a contactless reader, not by the card. With vpcd there is no
// reader in between, so the simulated card answers GET DATA UID itself, as libnfc's pcsc driver (and so
// mrtdreader) needs. eMRTDs show a random UID (first byte 08) to stop tracking.
ResponseApdu EmrtdApplet::readerPseudoCommand(const CommandApdu& command) {
  if (command.ins != 0xCA || command.p2 != 0x00) return status(sw::kInsNotSupported);
  if (command.p1 != 0x00) return status(0x6A81);
  Bytes uid = document::emrtd::crypto::randomBytes(4);
  uid[0] = 0x08;
  return ResponseApdu{uid, sw::kOk};
}

ResponseApdu EmrtdApplet::dispatch(const CommandApdu& command) {
  if ((command.cla & ~0x10 & ~kSmBits) != 0x00) return status(sw::kClaNotSupported);
  switch (command.ins) {
    case 0xA4: return select(command);
    case 0xB0: return readBinary(command);
    case 0x84: return getChallenge(command);
    case 0x82: return externalAuthenticate(command);
    case 0x22:
    case 0x86:
      // Inside the application under secure messaging these are chip authentication; before, PACE.
      if (m_inApplication && m_sm && m_profile.chipAuthKey) return chipAuthentication(command);
      if (m_profile.cardAccess.empty()) return status(sw::kInsNotSupported);
      dropSecureMessaging();
      return m_pace.handle(command);
    default: return status(sw::kInsNotSupported);
  }
}

ResponseApdu EmrtdApplet::select(const CommandApdu& command) {
  if (command.p1 == 0x04) {
    if (!std::equal(command.data.begin(), command.data.end(), std::begin(lds::kApplicationId), std::end(lds::kApplicationId))) {
      return status(sw::kFileNotFound);
    }
    m_inApplication = true;
    m_current = nullptr;
    return status(sw::kOk);
  }
  if ((command.p1 == 0x00 || command.p1 == 0x02) && command.data.size() == 2) {
    const auto fid = static_cast<std::uint16_t>(command.data[0] << 8 | command.data[1]);
    if (fid == 0x3F00) {
      m_inApplication = false;
      m_current = nullptr;
      return status(sw::kOk);
    }
    const Bytes* file = fileByFid(fid);
    if (file == nullptr) return status(sw::kFileNotFound);
    if (m_inApplication && !m_sm) return status(sw::kSecurityNotSatisfied);
    m_current = file;
    return status(sw::kOk);
  }
  return status(sw::kWrongP1P2);
}

ResponseApdu EmrtdApplet::readBinary(const CommandApdu& command) {
  const Bytes* file = m_current;
  std::size_t offset = 0;
  if ((command.p1 & 0x80) != 0) {
    if ((command.p1 & 0x60) != 0) return status(sw::kWrongP1P2);
    file = fileBySfi(command.p1 & 0x1F);
    offset = command.p2;
  } else {
    offset = static_cast<std::size_t>(command.p1 & 0x7F) << 8 | command.p2;
  }
  if (file == nullptr) return status(sw::kFileNotFound);
  if (m_inApplication && !m_sm) return status(sw::kSecurityNotSatisfied);
  m_current = file;
  const std::size_t wanted = command.le.value_or(256);
  const std::size_t limit = m_profile.maxResponse > 0 ? m_profile.maxResponse : 256;
  if (wanted > limit) return status(sw::kWrongLength);
  if (offset >= file->size()) return status(sw::kWrongP1P2);
  const std::size_t size = std::min(wanted, file->size() - offset);
  const auto start = file->begin() + static_cast<std::ptrdiff_t>(offset);
  return ResponseApdu{Bytes(start, start + static_cast<std::ptrdiff_t>(size)),
                      size < wanted ? sw::kEndOfFileBeforeNe : sw::kOk};
}

ResponseApdu EmrtdApplet::getChallenge(const CommandApdu& command) {
  if (!m_profile.bac) return status(sw::kInsNotSupported);
  if (command.le != 8u) return status(sw::kWrongLength);
  dropSecureMessaging();
  m_challenge = document::emrtd::crypto::randomBytes(8);
  return ResponseApdu{m_challenge, sw::kOk};
}

ResponseApdu EmrtdApplet::externalAuthenticate(const CommandApdu& command) {
  if (m_challenge.empty() || !m_inApplication) return status(sw::kConditionsNotSatisfied);
  const Bytes kIc = document::emrtd::crypto::randomBytes(16);
  auto answer = document::emrtd::bac::chipAuthenticate(m_bacKeys, view(m_challenge), view(kIc), command);
  m_challenge.clear();
  if (answer.session) m_sm.emplace(std::move(*answer.session));
  return answer.response;
}

ResponseApdu EmrtdApplet::chipAuthentication(const CommandApdu& command) {
  using document::emrtd::findTlv;
  if (command.ins == 0x22) {
    // MSE:Set AT (41 A4) naming the one protocol this chip offers in DG14.
    const auto protocol = findTlv(view(command.data), 0x80);
    const Bytes offered = document::emrtd::chip_auth::caEcdhAes128Oid();
    if (command.p1 != 0x41 || command.p2 != 0xA4 || !protocol ||
        !std::equal(protocol->value.begin(), protocol->value.end(), offered.begin(), offered.end())) {
      return status(0x6A80);
    }
    m_chipAuthSelected = true;
    return status(sw::kOk);
  }
  if (!m_chipAuthSelected) return status(sw::kConditionsNotSatisfied);
  m_chipAuthSelected = false;
  const auto outer = findTlv(view(command.data), 0x7C);
  const auto point = outer ? findTlv(outer->value, 0x80) : std::nullopt;
  if (!point) return status(0x6A80);
  auto session = document::emrtd::chip_auth::chipSession(m_profile.chipAuthKey.get(), point->value,
                                                         document::emrtd::KeyType::Aes128);
  if (!session) return status(0x6A80);
  m_nextSm.emplace(std::move(*session));
  return ResponseApdu{document::emrtd::encodeTlv(0x7C, {}), sw::kOk};
}

const Bytes* EmrtdApplet::fileBySfi(std::uint8_t sfi) const {
  if (!m_inApplication) {
    if (sfi == lds::kCardAccess.sfi) return fileByFid(lds::kCardAccess.fid);
    if (sfi == lds::kAtrInfo.sfi) return fileByFid(lds::kAtrInfo.fid);
    return nullptr;
  }
  if (sfi == lds::kCom.sfi) return fileByFid(lds::kCom.fid);
  if (sfi == lds::kSod.sfi) return fileByFid(lds::kSod.fid);
  return fileByFid(lds::dataGroup(sfi).fid);
}

const Bytes* EmrtdApplet::fileByFid(std::uint16_t fid) const {
  if (!m_inApplication) {
    if (fid == lds::kCardAccess.fid && !m_profile.cardAccess.empty()) return &m_profile.cardAccess;
    if (fid == lds::kAtrInfo.fid && !m_atrInfo.empty()) return &m_atrInfo;
    return nullptr;
  }
  const auto found = m_profile.files.find(fid);
  return found == m_profile.files.end() ? nullptr : &found->second;
}

}  // namespace foyer::simulators::emrtd
