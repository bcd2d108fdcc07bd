#pragma once
#include <expected>
#include <memory>
#include <optional>
#include <string>

#include "drivers/document/emrtd/access_key.hpp"
#include "drivers/document/emrtd/apdu.hpp"
#include "drivers/document/emrtd/secure_messaging.hpp"

// PACE (ICAO 9303-11 §4.4, BSI TR-03110) with OpenPACE doing the key agreement and this code doing the
// APDUs: MSE:Set AT, then four GENERAL AUTHENTICATE steps. The result is an SmSession with SSC 0.
struct eac_ctx;
struct pace_sec;

namespace foyer::document::emrtd::pace {

struct EacDeleter {
  void operator()(eac_ctx* ctx) const;
  void operator()(pace_sec* secret) const;
};
using EacContext = std::unique_ptr<eac_ctx, EacDeleter>;
using PaceSecret = std::unique_ptr<pace_sec, EacDeleter>;

// The password as OpenPACE wants it. The MRZ is passed as its SHA-1 hash: OpenPACE's own MRZ encoder only
// understands the TD1 layout and silently derives a wrong key from a passport's.
PaceSecret makeSecret(const AccessKey& key);

// The terminal's side, one object per run.
class TerminalPace {
 public:
  // Empty when EF.CardAccess names no PACE protocol OpenPACE supports.
  static std::expected<TerminalPace, std::string> create(ByteView efCardAccess, const AccessKey& key);

  CommandApdu mseSetAt() const;
  CommandApdu requestNonce() const;
  std::expected<CommandApdu, std::string> onNonce(const ResponseApdu& response);
  std::expected<CommandApdu, std::string> onMappingData(const ResponseApdu& response);
  std::expected<CommandApdu, std::string> onEphemeralKey(const ResponseApdu& response);
  std::expected<SmSession, std::string> onToken(const ResponseApdu& response);

  [[nodiscard]] std::string protocolName() const;

 private:
  TerminalPace(EacContext ctx, PaceSecret secret, std::uint8_t passwordReference);
  EacContext m_ctx;
  PaceSecret m_secret;
  std::uint8_t m_passwordReference;
  Bytes m_chipEphemeralKey;
};

// The chip's side (the simulator). Knows both of its passwords; the MSE command says which is used.
class ChipPace {
 public:
  ChipPace(Bytes efCardAccess, const AccessKey& mrz, std::optional<AccessKey> can);
  ResponseApdu handle(const CommandApdu& command);
  // After a successful last step: the secure channel the terminal now expects.
  std::optional<SmSession> takeSession();

 private:
  ResponseApdu fail(std::uint16_t status);
  Bytes m_efCardAccess;
  PaceSecret m_mrz;
  PaceSecret m_can;
  EacContext m_ctx;
  pace_sec* m_selected = nullptr;
  int m_step = 0;
  Bytes m_terminalEphemeralKey;
  std::optional<SmSession> m_session;
};

// Session keys as derived by OpenPACE, for this code's SM.
SmSession sessionFrom(const eac_ctx* ctx);

}  // namespace foyer::document::emrtd::pace
