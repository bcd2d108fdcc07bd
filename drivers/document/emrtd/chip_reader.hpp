#pragma once
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "drivers/document/emrtd/access_key.hpp"
#include "drivers/document/emrtd/apdu.hpp"
#include "drivers/document/emrtd/bytes.hpp"
#include "drivers/document/emrtd/lds.hpp"

namespace foyer::document::emrtd {

struct ChipReadOptions {
  AccessKey key;
  bool preferPace = true;  // use PACE whenever EF.CardAccess offers it; BAC otherwise
  // Data groups read when EF.COM lists them (besides DG1 and DG2, which are always read).
  std::vector<int> optionalGroups{11, 12, 14, 15};
  // Largest READ BINARY the reader and its driver can carry with extended length; 0 = short APDUs only.
  // The chip's own limit comes from EF.ATR/INFO.
  std::size_t maxExtendedChunk = 0;
  std::function<Bytes(std::size_t)> random;  // for BAC nonces; default: OpenSSL's generator
};

// Two tiers as in AusweisApp: `kind` is what the screen shows, `message` is the precise reason for staff.
struct ChipFailure {
  enum class Kind {
    NotAnEmrtd,       // no eMRTD application: a card, but no passport/ID chip
    AccessDenied,     // the MRZ or CAN does not open the chip
    SecureMessaging,  // the secure channel broke (altered bytes, or the chip dropped it)
    FileUnreadable,   // a mandatory file is missing or could not be read
    Protocol,         // the chip answered something no eMRTD answers
    NotGenuine,       // after chip authentication its answers fail: it lacks the private key of DG14
  };
  Kind kind = Kind::Protocol;
  std::string message;
};

// What was read, as read (PA hashes these exact bytes). Personal data: wipe() when the visit ends.
struct ChipContents {
  std::string accessProtocol;  // "BAC" or the PACE protocol's name
  std::string chipAuthentication;         // the CA protocol when the chip proved its key; empty otherwise
  std::string chipAuthenticationProblem;  // why CA, though offered in DG14, was not done (for staff)
  Bytes com;
  std::map<int, Bytes> dataGroups;
  Bytes sod;
  void wipe();
};

class ReadPlan;

// The chip read as a pure state machine: bytes in, the next command's bytes out. The transport (PC/SC,
// or a test calling the simulated chip directly) only carries them. Sequence: [EF.ATR/INFO] → EF.CardAccess
// → PACE | (SELECT, BAC) → [SELECT under PACE] → EF.COM → [DG14 → chip authentication] → DG1, DG2, listed
// optional groups → EF.SOD.
class ChipReader {
 public:
  struct Step {
    std::optional<Bytes> command;          // send this and call onResponse with the answer
    std::optional<ChipFailure> failure;    // the read ended without success
    [[nodiscard]] bool done() const { return !command && !failure; }
  };

  explicit ChipReader(ChipReadOptions options);
  ~ChipReader();
  ChipReader(const ChipReader&) = delete;
  ChipReader& operator=(const ChipReader&) = delete;

  // The first command of a session: at the start, and again after the card was taken away and put back
  // (access control is redone; files read so far are kept and the current one continues).
  Bytes restart();
  Step onResponse(ByteView response);

  [[nodiscard]] const ChipContents& contents() const;
  ChipContents takeContents();
  // 0..1 for a progress bar: files done, plus the part of the current one.
  [[nodiscard]] double progress() const;

 private:
  std::unique_ptr<ReadPlan> m_plan;
};

}  // namespace foyer::document::emrtd
