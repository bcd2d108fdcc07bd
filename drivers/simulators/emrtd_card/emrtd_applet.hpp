#pragma once
#include <optional>

#include "drivers/document/emrtd/apdu.hpp"
#include "drivers/document/emrtd/bac.hpp"
#include "drivers/document/emrtd/pace.hpp"
#include "drivers/document/emrtd/secure_messaging.hpp"
#include "drivers/simulators/emrtd_card/card_profile.hpp"

namespace foyer::simulators::emrtd {

using document::emrtd::ByteView;
using document::emrtd::CommandApdu;
using document::emrtd::ResponseApdu;

// The chip of a simulated eMRTD: master file (EF.CardAccess, EF.ATR/INFO), the LDS application, BAC, PACE
// and secure messaging, answering the same APDUs a real chip does. Any malformed command gets a status
// word, never a crash. One instance per inserted card; power-on resets its state.
class EmrtdApplet {
 public:
  explicit EmrtdApplet(CardProfile profile);
  void reset();
  Bytes process(ByteView command);
  [[nodiscard]] std::size_t commandsServed() const { return m_served; }

 private:
  ResponseApdu dispatch(const CommandApdu& command);
  ResponseApdu readerPseudoCommand(const CommandApdu& command);
  ResponseApdu select(const CommandApdu& command);
  ResponseApdu readBinary(const CommandApdu& command);
  ResponseApdu getChallenge(const CommandApdu& command);
  ResponseApdu externalAuthenticate(const CommandApdu& command);
  ResponseApdu chipAuthentication(const CommandApdu& command);
  const Bytes* fileBySfi(std::uint8_t sfi) const;
  const Bytes* fileByFid(std::uint16_t fid) const;
  void dropSecureMessaging();

  CardProfile m_profile;
  Bytes m_atrInfo;
  document::emrtd::bac::BacKeys m_bacKeys;
  document::emrtd::pace::ChipPace m_pace;
  std::optional<document::emrtd::SmSession> m_sm;
  bool m_chipAuthSelected = false;                       // MSE:Set AT for chip authentication accepted
  std::optional<document::emrtd::SmSession> m_nextSm;    // takes over after the answer to GENERAL AUTHENTICATE
  bool m_inApplication = false;
  const Bytes* m_current = nullptr;
  Bytes m_challenge;
  std::size_t m_served = 0;
};

}  // namespace foyer::simulators::emrtd
