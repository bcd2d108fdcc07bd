#include "drivers/document/emrtd/chip_reader.hpp"

#include <algorithm>
#include <deque>

#include "drivers/document/emrtd/bac.hpp"
#include "drivers/document/emrtd/ber_tlv.hpp"
#include "drivers/document/emrtd/block_crypto.hpp"
#include "drivers/document/emrtd/chip_authentication.hpp"
#include "drivers/document/emrtd/pace.hpp"
#include "drivers/document/emrtd/secure_messaging.hpp"

namespace foyer::document::emrtd {
namespace {

// With short APDUs a protected answer must fit 256 bytes: 223 data bytes leave room for padding and the
// SM objects (as JMRTD does).
constexpr std::size_t kShortChunk = 0xDF;
constexpr std::size_t kSmOverhead = 64;
constexpr std::size_t kMaxOffset = 0x7FFF;  // READ BINARY B0 reaches 32 KiB; DG2 of real documents fits

enum class Phase {
  AtrInfo, CardAccess, PaceMse, PaceNonce, PaceMapping, PaceKey, PaceToken,
  SelectApplication, BacChallenge, BacAuthenticate, ChipAuthFirst, ChipAuthSecond, SelectFile, ReadFile, Done,
};

struct FileToRead {
  lds::FileId id;
  int dataGroup = 0;  // 0 for EF.COM / EF.SOD
  bool mandatory = true;
};

ChipFailure failure(ChipFailure::Kind kind, std::string message) { return ChipFailure{kind, std::move(message)}; }

}  // namespace

void ChipContents::wipe() {
  wipeBytes(com);
  for (auto& [number, bytes] : dataGroups) wipeBytes(bytes);
  dataGroups.clear();
  wipeBytes(sod);
  accessProtocol.clear();
  chipAuthentication.clear();
  chipAuthenticationProblem.clear();
}

class ReadPlan {
 public:
  explicit ReadPlan(ChipReadOptions options) : m_options(std::move(options)) {
    if (!m_options.random) m_options.random = crypto::randomBytes;
    m_files.push_back({lds::kCom, 0, true});
  }
  ~ReadPlan() { m_options.key.wipe(); m_contents.wipe(); wipeBytes(m_file); }

  Bytes restart() {
    m_sm.reset();
    m_pace.reset();
    m_bac.reset();
    m_ca.reset();
    m_caJustSwitched = false;
    if (m_options.maxExtendedChunk > 0 && !m_chunkKnown) return begin(Phase::AtrInfo, readShortEf(lds::kAtrInfo, 0));
    return begin(Phase::CardAccess, readShortEf(lds::kCardAccess, 0));
  }

  ChipReader::Step onResponse(ByteView bytes) {
    auto parsed = parseResponse(bytes);
    if (!parsed) return fail(failure(ChipFailure::Kind::Protocol, parsed.error().message));
    ResponseApdu response = std::move(*parsed);
    if (m_sm) {
      auto opened = m_sm->unprotect(response);
      if (!opened && m_caJustSwitched) {
        return fail(failure(ChipFailure::Kind::NotGenuine,
                            "the chip's first answer after chip authentication fails: " + opened.error().message));
      }
      if (!opened) return fail(failure(ChipFailure::Kind::SecureMessaging, opened.error().message));
      m_caJustSwitched = false;
      response = std::move(*opened);
    }
    switch (m_phase) {
      case Phase::AtrInfo: return onAtrInfo(response);
      case Phase::CardAccess: return onCardAccess(response);
      case Phase::PaceMse:
        if (!response.ok()) return fail(failure(ChipFailure::Kind::Protocol, "the chip refused PACE parameters"));
        m_phase = Phase::PaceNonce;
        return send(m_pace->requestNonce());
      case Phase::PaceNonce: return paceStep(m_pace->onNonce(response), Phase::PaceMapping);
      case Phase::PaceMapping: return paceStep(m_pace->onMappingData(response), Phase::PaceKey);
      case Phase::PaceKey: return paceStep(m_pace->onEphemeralKey(response), Phase::PaceToken);
      case Phase::PaceToken: return onPaceToken(response);
      case Phase::SelectApplication: return onSelectApplication(response);
      case Phase::BacChallenge: return onChallenge(response);
      case Phase::BacAuthenticate: return onBacAuthenticate(response);
      case Phase::ChipAuthFirst: return onChipAuthFirst(response);
      case Phase::ChipAuthSecond:
        if (!response.ok()) return chipAuthRefused(response);
        return finishChipAuth();
      case Phase::SelectFile:
        if (!response.ok()) return fail(failure(ChipFailure::Kind::FileUnreadable, "cannot select the file to resume"));
        m_phase = Phase::ReadFile;
        return send(readAt(m_offset, std::min(chunk(), m_total - m_offset)));
      case Phase::ReadFile: return onFileChunk(response);
      case Phase::Done: break;
    }
    return fail(failure(ChipFailure::Kind::Protocol, "response after the read ended"));
  }

  const ChipContents& contents() const { return m_contents; }
  ChipContents take() { return std::move(m_contents); }

  double progress() const {
    const double total = static_cast<double>(m_done + m_files.size());
    if (m_phase == Phase::Done) return 1.0;
    double current = 0.0;
    if (m_phase == Phase::ReadFile && m_total > 0) current = static_cast<double>(m_offset) / static_cast<double>(m_total);
    // EF.COM decides how many files follow; until then assume the usual six.
    return (static_cast<double>(m_done) + current) / std::max(total, 6.0);
  }

 private:
  Bytes begin(Phase phase, const CommandApdu& command) {
    m_phase = phase;
    return encode(command);
  }

  Bytes encode(const CommandApdu& command) { return m_sm ? m_sm->protect(command).encode() : command.encode(); }

  ChipReader::Step send(const CommandApdu& command) { return ChipReader::Step{encode(command), std::nullopt}; }

  ChipReader::Step fail(ChipFailure reason) {
    m_phase = Phase::Done;
    m_sm.reset();
    return ChipReader::Step{std::nullopt, std::move(reason)};
  }

  static CommandApdu readShortEf(const lds::FileId& file, std::uint32_t le) {
    return CommandApdu{0x00, 0xB0, static_cast<std::uint8_t>(0x80 | file.sfi), 0x00, {}, le == 0 ? 256u : le};
  }

  static CommandApdu selectApplication() {
    return CommandApdu{0x00, 0xA4, 0x04, 0x0C, Bytes(std::begin(lds::kApplicationId), std::end(lds::kApplicationId)),
                       std::nullopt};
  }

  ChipReader::Step onAtrInfo(const ResponseApdu& response) {
    m_chunkKnown = true;
    if (response.ok() || response.sw == sw::kEndOfFileBeforeNe) {
      if (const auto info = lds::parseAtrInfo(view(response.data)); info && info->maxResponse > kSmOverhead + kShortChunk) {
        m_chunk = std::min(m_options.maxExtendedChunk, info->maxResponse - kSmOverhead);
      }
    }
    m_phase = Phase::CardAccess;
    return send(readShortEf(lds::kCardAccess, 0));
  }

  ChipReader::Step onCardAccess(const ResponseApdu& response) {
    const bool haveFile = (response.ok() || response.sw == sw::kEndOfFileBeforeNe) && !response.data.empty();
    if (haveFile && m_options.preferPace) {
      auto pace = pace::TerminalPace::create(view(response.data), m_options.key);
      if (pace) {
        m_pace.emplace(std::move(*pace));
        m_phase = Phase::PaceMse;
        return send(m_pace->mseSetAt());
      }
    }
    if (m_options.key.kind == AccessKey::Kind::Can) {
      return fail(failure(ChipFailure::Kind::AccessDenied, "this chip offers no PACE: the card access number cannot open it"));
    }
    m_phase = Phase::SelectApplication;
    return send(selectApplication());
  }

  ChipReader::Step paceStep(std::expected<CommandApdu, std::string> next, Phase phase) {
    if (!next) return fail(failure(ChipFailure::Kind::AccessDenied, next.error()));
    m_phase = phase;
    return send(*next);
  }

  ChipReader::Step onPaceToken(const ResponseApdu& response) {
    auto session = m_pace->onToken(response);
    if (!session) return fail(failure(ChipFailure::Kind::AccessDenied, session.error()));
    m_contents.accessProtocol = "PACE " + m_pace->protocolName();
    m_pace.reset();
    m_sm.emplace(std::move(*session));
    m_phase = Phase::SelectApplication;
    return send(selectApplication());
  }

  ChipReader::Step onSelectApplication(const ResponseApdu& response) {
    if (!response.ok()) return fail(failure(ChipFailure::Kind::NotAnEmrtd, "the chip has no passport/ID application"));
    if (m_sm) return afterAccessControl();
    m_phase = Phase::BacChallenge;
    return send(bac::getChallenge());
  }

  ChipReader::Step onChallenge(const ResponseApdu& response) {
    if (!response.ok() || response.data.size() != 8) {
      return fail(failure(ChipFailure::Kind::Protocol, "the chip gave no 8-byte challenge for BAC"));
    }
    m_bac.emplace(bac::deriveKeys(m_options.key), m_options.random(8), m_options.random(16));
    m_phase = Phase::BacAuthenticate;
    return send(m_bac->externalAuthenticate(view(response.data)));
  }

  ChipReader::Step onBacAuthenticate(const ResponseApdu& response) {
    auto session = m_bac->finish(response);
    m_bac.reset();
    if (!session) return fail(failure(ChipFailure::Kind::AccessDenied, session.error()));
    m_contents.accessProtocol = "BAC";
    m_sm.emplace(std::move(*session));
    return afterAccessControl();
  }

  // --- chip authentication ---

  // Once DG14 offered chip authentication, every secure channel (also after the card was put back) is
  // moved onto its keys before more is read.
  ChipReader::Step afterAccessControl() {
    if (m_caOffer && m_contents.chipAuthenticationProblem.empty()) return startChipAuth();
    return startNextFile();
  }

  ChipReader::Step startChipAuth() {
    auto terminal = chip_auth::Terminal::create(*m_caOffer);
    if (!terminal) {
      m_contents.chipAuthenticationProblem = terminal.error();
      return startNextFile();
    }
    m_ca.emplace(std::move(*terminal));
    m_phase = Phase::ChipAuthFirst;
    return send(m_ca->first());
  }

  ChipReader::Step onChipAuthFirst(const ResponseApdu& response) {
    if (!response.ok()) return chipAuthRefused(response);
    if (auto second = m_ca->second()) {
      m_phase = Phase::ChipAuthSecond;
      return send(*second);
    }
    return finishChipAuth();
  }

  ChipReader::Step chipAuthRefused(const ResponseApdu& response) {
    // The old channel stays: the chip answered within it. Staff see that the chip did not prove its key.
    m_contents.chipAuthenticationProblem = "the chip refused chip authentication (status " + toHex(statusBytes(response.sw)) + ")";
    m_ca.reset();
    return startNextFile();
  }

  ChipReader::Step finishChipAuth() {
    auto session = m_ca->session();
    if (!session) {
      m_contents.chipAuthenticationProblem = session.error();
      m_ca.reset();
      return fail(failure(ChipFailure::Kind::SecureMessaging, "chip authentication: " + session.error()));
    }
    m_contents.chipAuthentication = m_ca->protocolName();
    m_ca.reset();
    m_sm.emplace(std::move(*session));
    m_caJustSwitched = true;
    return startNextFile();
  }

  // --- files ---

  std::size_t chunk() const { return m_chunk; }

  CommandApdu readAt(std::size_t offset, std::size_t length) const {
    if (offset == 0) return readShortEf(m_files.front().id, static_cast<std::uint32_t>(length));
    return CommandApdu{0x00, 0xB0, static_cast<std::uint8_t>(offset >> 8), static_cast<std::uint8_t>(offset), {},
                       static_cast<std::uint32_t>(length)};
  }

  ChipReader::Step startNextFile() {
    if (m_files.empty()) {
      m_phase = Phase::Done;
      m_sm.reset();
      return ChipReader::Step{};
    }
    if (m_offset > 0) {
      // Resuming after the card came back: an offset read needs the file selected by its identifier.
      m_phase = Phase::SelectFile;
      const std::uint16_t fid = m_files.front().id.fid;
      return send(CommandApdu{0x00, 0xA4, 0x02, 0x0C, {static_cast<std::uint8_t>(fid >> 8), static_cast<std::uint8_t>(fid)},
                              std::nullopt});
    }
    m_phase = Phase::ReadFile;
    const std::size_t length = m_total == 0 ? chunk() : std::min(chunk(), m_total - m_offset);
    return send(readAt(m_offset, length));
  }

  ChipReader::Step onFileChunk(const ResponseApdu& response) {
    const FileToRead& file = m_files.front();
    const bool gotData = response.ok() || (response.sw == sw::kEndOfFileBeforeNe && !response.data.empty());
    if (!gotData) {
      if (file.mandatory) {
        return fail(failure(ChipFailure::Kind::FileUnreadable,
                            std::string("cannot read ") + fileName(file) + " (status " + toHex(statusBytes(response.sw)) + ")"));
      }
      return finishFile(false);  // an optional group the chip lists but does not let us read (e.g. 69 82)
    }
    m_file.insert(m_file.end(), response.data.begin(), response.data.end());
    m_offset += response.data.size();
    if (m_total == 0) {
      const auto size = tlvTotalSize(view(m_file));
      if (!size) return fail(failure(ChipFailure::Kind::FileUnreadable, std::string(fileName(file)) + " has no valid header"));
      if (*size > kMaxOffset + chunk()) {
        return fail(failure(ChipFailure::Kind::FileUnreadable, std::string(fileName(file)) + " is larger than 32 KiB"));
      }
      m_total = *size;
    }
    if (m_offset >= m_total) {
      m_file.resize(m_total);
      return finishFile(true);
    }
    if (response.data.empty()) return fail(failure(ChipFailure::Kind::FileUnreadable, "the chip returned no data"));
    return send(readAt(m_offset, std::min(chunk(), m_total - m_offset)));
  }

  ChipReader::Step finishFile(bool keep) {
    const FileToRead file = m_files.front();
    m_files.pop_front();
    ++m_done;
    if (keep) {
      if (file.id.sfi == lds::kCom.sfi && file.dataGroup == 0) {
        m_contents.com = m_file;
        auto listed = lds::parseCom(view(m_file));
        if (!listed) return fail(failure(ChipFailure::Kind::FileUnreadable, listed.error()));
        planDataGroups(*listed);
      } else if (file.id.sfi == lds::kSod.sfi && file.dataGroup == 0) {
        m_contents.sod = m_file;
      } else {
        m_contents.dataGroups[file.dataGroup] = m_file;
      }
    }
    const bool chipAuthOffered = keep && file.dataGroup == 14 && offerChipAuth(view(m_file));
    wipeBytes(m_file);
    m_offset = 0;
    m_total = 0;
    return chipAuthOffered ? startChipAuth() : startNextFile();
  }

  bool offerChipAuth(ByteView dg14) {
    auto offer = chip_auth::parseDg14(dg14);
    if (!offer) {
      m_contents.chipAuthenticationProblem = offer.error();
      return false;
    }
    if (!*offer) return false;  // no ECDH chip authentication offered: nothing to note
    m_caOffer = std::move(**offer);
    return true;
  }

  void planDataGroups(const std::vector<int>& listed) {
    const auto has = [&](int number) { return std::find(listed.begin(), listed.end(), number) != listed.end(); };
    // DG14 first: chip authentication then protects the reading of the personal data.
    const bool withDg14 = has(14) && std::find(m_options.optionalGroups.begin(), m_options.optionalGroups.end(), 14) !=
                                        m_options.optionalGroups.end();
    if (withDg14) m_files.push_back({lds::dataGroup(14), 14, false});
    for (int number : {1, 2}) m_files.push_back({lds::dataGroup(number), number, true});
    for (int number : m_options.optionalGroups) {
      if (number > 2 && number != 14 && has(number)) m_files.push_back({lds::dataGroup(number), number, false});
    }
    m_files.push_back({lds::kSod, 0, true});
  }

  static std::string fileName(const FileToRead& file) {
    if (file.dataGroup > 0) return "DG" + std::to_string(file.dataGroup);
    return file.id.name;
  }

  static Bytes statusBytes(std::uint16_t status) {
    return {static_cast<std::uint8_t>(status >> 8), static_cast<std::uint8_t>(status)};
  }

  ChipReadOptions m_options;
  Phase m_phase = Phase::CardAccess;
  std::optional<SmSession> m_sm;
  std::optional<pace::TerminalPace> m_pace;
  std::optional<bac::TerminalHandshake> m_bac;
  std::optional<chip_auth::Offer> m_caOffer;
  std::optional<chip_auth::Terminal> m_ca;
  bool m_caJustSwitched = false;
  bool m_chunkKnown = false;
  std::size_t m_chunk = kShortChunk;
  std::deque<FileToRead> m_files;
  std::size_t m_done = 0;
  Bytes m_file;
  std::size_t m_offset = 0;
  std::size_t m_total = 0;
  ChipContents m_contents;
};

ChipReader::ChipReader(ChipReadOptions options) : m_plan(std::make_unique<ReadPlan>(std::move(options))) {}
ChipReader::~ChipReader() = default;
Bytes ChipReader::restart() { return m_plan->restart(); }
ChipReader::Step ChipReader::onResponse(ByteView response) { return m_plan->onResponse(response); }
const ChipContents& ChipReader::contents() const { return m_plan->contents(); }
ChipContents ChipReader::takeContents() { return m_plan->take(); }
double ChipReader::progress() const { return m_plan->progress(); }

}  // namespace foyer::document::emrtd
