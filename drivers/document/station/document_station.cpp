#include "drivers/document/station/document_station.hpp"

#include <openssl/crypto.h>

#include <spdlog/spdlog.h>

#include "drivers/camera/frame_source.hpp"
#include "drivers/document/emrtd/chip_reader.hpp"
#include "drivers/document/emrtd/lds.hpp"
#include "drivers/document/emrtd/passive_authentication.hpp"
#include "drivers/document/emrtd/pcsc/pcsc_chip_read.hpp"
#include "drivers/document/mrz/mrz_parser.hpp"
#include "drivers/document/mrz_ocr/mrz_reader.hpp"
#include "drivers/document/mrz_ocr/ocr_b_font_file.hpp"
#include "drivers/document/station/portrait.hpp"

namespace foyer::document {
namespace {

using Clock = std::chrono::steady_clock;
using Kind = DocumentReadFailed::Kind;
using Phase = DocumentProgress::Phase;

constexpr double kProgressStep = 0.02;  // report chip progress in steps of 2 %: enough for a smooth bar

std::chrono::year_month_day today() {
  return std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
}

int currentYear() { return static_cast<int>(today().year()); }

bool isPast(const mrz::MrzDate& date) {
  if (!date.complete()) return false;
  const std::chrono::year_month_day day{std::chrono::year(date.year), std::chrono::month(static_cast<unsigned>(date.month)),
                                        std::chrono::day(static_cast<unsigned>(date.day))};
  return day < today();
}

emrtd::CscaStore loadTrust(const std::filesystem::path& path) {
  emrtd::CscaStore store;
  std::vector<std::string> problems;
  if (path.empty()) {
    spdlog::warn("document: no CSCA store configured (document.csca); chips will show 'issuer unknown'");
  } else {
    store.addPath(path, problems);
  }
  for (const std::string& problem : problems) spdlog::warn("document: CSCA store: {}", problem);
  if (!path.empty()) spdlog::info("document: {} CSCA certificates from {}", store.size(), path.string());
  return store;
}

// Fills the identity fields from a parsed MRZ (printed or the chip's DG1).
void takeFields(IdentityReading& reading, const mrz::MrzDocument& mrz) {
  reading.documentCode = mrz.documentCode;
  reading.issuingState = mrz.issuingState;
  reading.documentNumber = mrz.documentNumber;
  reading.nationality = mrz.nationality;
  reading.sex = mrz.sex;
  reading.surname = mrz.primaryIdentifier;
  reading.givenNames.clear();
  for (const std::string& name : mrz.secondaryIdentifiers) {
    if (!reading.givenNames.empty()) reading.givenNames += ' ';
    reading.givenNames += name;
  }
  reading.birthDate = mrz.birthDate;
  reading.expiryDate = mrz.expiryDate;
}

const char* verdictText(emrtd::PassiveAuthentication::Verdict verdict) { return emrtd::verdictName(verdict); }

}  // namespace

// One read from start to end. Lives on the worker thread; asks the station whether it is still wanted.
class DocumentStation::Job {
 public:
  Job(DocumentStation& station, std::uint64_t id, ReadRequest request, const std::stop_token& stop,
      const mrz::OcrBTemplates* templates, const emrtd::CscaStore& trust,
      std::shared_ptr<emrtd::pcsc::WaitCanceller> canceller)
      : m_station(station), m_id(id), m_request(std::move(request)), m_stop(stop), m_templates(templates),
        m_trust(trust), m_canceller(std::move(canceller)) {}
  ~Job() {
    if (m_printed) m_printed->wipe();
    if (m_request.typedKey) m_request.typedKey->wipe();
  }
  Job(const Job&) = delete;
  Job& operator=(const Job&) = delete;

  void run() {
    std::optional<emrtd::AccessKey> key = m_request.typedKey;
    if (!key) {
      if (!findMrz()) return;
      auto fromMrz = emrtd::mrzAccessKey(*m_printed);
      if (!fromMrz) return fail(Kind::AccessDenied, "the MRZ gives no access key: " + fromMrz.error());
      key = std::move(*fromMrz);
    }
    readChip(*key);
    key->wipe();
  }

 private:
  [[nodiscard]] bool wanted() const { return !m_stop.stop_requested() && m_station.isActive(m_id); }

  void progress(Phase phase, double fraction) {
    m_station.reportIfActive(m_id, DocumentProgress{m_id, phase, fraction});
  }
  void fail(Kind kind, std::string message) {
    spdlog::info("document: read {} failed: {}", m_id, message);
    m_station.reportIfActive(m_id, DocumentReadFailed{m_id, kind, std::move(message)});
  }

  bool findMrz() {
    progress(Phase::LookingForMrz, 0);
    if (m_templates == nullptr) {
      fail(Kind::NoCamera, "the OCR-B font could not be loaded");
      return false;
    }
    auto source = camera::FrameSource::open(m_station.m_settings.camera);
    if (!source) {
      fail(Kind::NoCamera, source.error().message);
      return false;
    }
    const int year = currentYear();
    auto nextAttempt = Clock::now();
    while (wanted()) {
      // A camera paces itself; a file would be read again at once: give each frame its interval.
      if (!m_station.waitUntil(nextAttempt, m_id, m_stop)) return false;
      nextAttempt = Clock::now() + m_station.m_settings.ocrInterval;
      auto frame = (*source)->next();
      if (!frame) {
        fail(Kind::NoCamera, frame.error().message);
        return false;
      }
      auto reading = mrz::readMrz(*frame, *m_templates, year);
      frame->setTo(cv::Scalar::all(0));  // the frame shows the whole document
      if (!reading) continue;
      if (reading->document.valid()) {
        m_printed = std::move(reading->document);
        reading->wipe();
        return true;
      }
      reading->wipe();
    }
    return false;
  }

  void readChip(const emrtd::AccessKey& key) {
    if (!wanted()) return;
    progress(Phase::WaitingForChip, 0);
    const StationSettings& settings = m_station.m_settings;
    auto card = emrtd::pcsc::PcscCard::connect(settings.reader, settings.chipWait, m_canceller);
    if (!card) {
      using PcscKind = emrtd::pcsc::PcscError::Kind;
      if (card.error().kind == PcscKind::Cancelled) return;  // stopped: nobody waits for an answer
      const bool noCard = card.error().kind == PcscKind::NoCard;
      spdlog::info("document: read {}: no chip ({})", m_id, card.error().message);
      return finishWithoutChip(noCard ? StaffNote::ChipAbsent : StaffNote::ChipReaderUnavailable);
    }
    emrtd::ChipReadOptions options;
    options.key = key;
    options.maxExtendedChunk = 65536;
    emrtd::ChipReader reader(std::move(options));
    double reported = -1;
    emrtd::pcsc::ReadObserver observer{
        .progress =
            [&](double fraction) {
              if (fraction - reported < kProgressStep && fraction < 1.0) return;
              reported = fraction;
              progress(Phase::ReadingChip, fraction);
            },
        .cardRemoved = [&] { progress(Phase::CardRemoved, std::max(reported, 0.0)); },
        .cardBack = [&] { progress(Phase::ReadingChip, std::max(reported, 0.0)); }};
    progress(Phase::ReadingChip, 0);
    const auto outcome = emrtd::pcsc::readOverPcsc(*card, reader, settings.resumeWait, observer);
    if (outcome.failure) {
      switch (outcome.failure->kind) {
        case emrtd::ChipFailure::Kind::AccessDenied: return fail(Kind::AccessDenied, outcome.failure->message);
        case emrtd::ChipFailure::Kind::NotAnEmrtd: return fail(Kind::NotAnEmrtd, outcome.failure->message);
        case emrtd::ChipFailure::Kind::NotGenuine: return fail(Kind::NotGenuine, outcome.failure->message);
        default: return fail(Kind::ChipError, outcome.failure->message);
      }
    }
    if (outcome.transport && outcome.transport->kind == emrtd::pcsc::PcscError::Kind::Cancelled) return;
    if (outcome.transport) {
      const bool lost = outcome.transport->kind == emrtd::pcsc::PcscError::Kind::CardRemoved ||
                        outcome.transport->kind == emrtd::pcsc::PcscError::Kind::NoCard;
      return fail(lost ? Kind::CardLost : Kind::ChipError, outcome.transport->message);
    }
    progress(Phase::Verifying, 1.0);
    emrtd::ChipContents contents = reader.takeContents();
    finishWithChip(contents, outcome.resumes);
    contents.wipe();
  }

  void finishWithChip(emrtd::ChipContents& contents, int resumes) {
    DocumentReadDone done{m_id, {}};
    IdentityReading& reading = done.reading;
    const auto pa = emrtd::verifyPassive(contents, m_trust);
    reading.fromChip = true;
    reading.chipProtocol = contents.accessProtocol;
    reading.chipResumes = resumes;
    reading.passiveAuthentication = verdictText(pa.verdict);
    reading.passiveAuthReason = pa.reason;
    reading.chipAuthentication = contents.chipAuthentication;
    if (!contents.chipAuthenticationProblem.empty()) {
      spdlog::warn("document: read {}: {}", m_id, contents.chipAuthenticationProblem);
      reading.notes.push_back(StaffNote::ChipAuthFailed);
    }
    if (pa.verdict == emrtd::PassiveAuthentication::Verdict::Invalid) reading.notes.push_back(StaffNote::PassiveAuthInvalid);
    if (pa.verdict == emrtd::PassiveAuthentication::Verdict::IssuerUnknown) reading.notes.push_back(StaffNote::IssuerUnknown);
    if (auto chipMrz = emrtd::lds::parseDg1Document(emrtd::view(contents.dataGroups[1]), currentYear())) {
      takeFields(reading, *chipMrz);
      if (m_printed && m_printed->lines != chipMrz->lines) reading.notes.push_back(StaffNote::PrintedMrzDiffers);
      chipMrz->wipe();
    } else if (m_printed) {
      takeFields(reading, *m_printed);  // DG1 unreadable: PA says whether the chip can be trusted at all
    }
    if (auto face = emrtd::lds::parseDg2(emrtd::view(contents.dataGroups[2]))) {
      if (auto portrait = decodePortrait(*face)) {
        reading.face = std::move(*portrait);
      } else {
        spdlog::warn("document: read {}: {}", m_id, portrait.error());
      }
      emrtd::wipeBytes(face->data);
    }
    finish(std::move(done));
  }

  void finishWithoutChip(StaffNote why) {
    DocumentReadDone done{m_id, {}};
    done.reading.notes.push_back(why);
    if (m_printed) takeFields(done.reading, *m_printed);
    finish(std::move(done));
  }

  void finish(DocumentReadDone done) {
    IdentityReading& reading = done.reading;
    if (m_request.typedKey) reading.notes.push_back(StaffNote::TypedByVisitor);
    if (reading.expiryDate && isPast(*reading.expiryDate)) reading.notes.push_back(StaffNote::Expired);
    std::string notes;
    for (StaffNote note : reading.notes) notes += std::string(notes.empty() ? "" : ", ") + staffNoteName(note);
    spdlog::info("document: read {} done ({}{}{})", m_id, reading.fromChip ? reading.chipProtocol : "MRZ only",
                 notes.empty() ? "" : "; ", notes);
    m_station.reportIfActive(m_id, std::move(done));
  }

  DocumentStation& m_station;
  std::uint64_t m_id;
  ReadRequest m_request;
  const std::stop_token& m_stop;
  const mrz::OcrBTemplates* m_templates;
  const emrtd::CscaStore& m_trust;
  std::shared_ptr<emrtd::pcsc::WaitCanceller> m_canceller;
  std::optional<mrz::MrzDocument> m_printed;
};

DocumentStation::DocumentStation(StationSettings settings, Report report)
    : m_settings(std::move(settings)), m_report(std::move(report)),
      m_worker([this](const std::stop_token& stop) { run(stop); }) {}

DocumentStation::~DocumentStation() {
  {
    std::lock_guard lock(m_mutex);
    cancelWaits();
  }
  m_worker.request_stop();
  m_wake.notify_all();
}

void DocumentStation::cancelWaits() {
  if (m_canceller) m_canceller->cancel();
}

std::uint64_t DocumentStation::start(ReadRequest request) {
  std::lock_guard lock(m_mutex);
  if (m_pending && m_pending->typedKey) m_pending->typedKey->wipe();
  m_pending = std::move(request);
  cancelWaits();
  m_activeId = ++m_lastId;
  m_wake.notify_all();
  return m_activeId;
}

void DocumentStation::stop() {
  std::lock_guard lock(m_mutex);
  if (m_pending && m_pending->typedKey) m_pending->typedKey->wipe();
  m_pending.reset();
  cancelWaits();
  m_activeId = 0;
  m_wake.notify_all();
}

bool DocumentStation::isActive(std::uint64_t id) {
  std::lock_guard lock(m_mutex);
  return m_activeId == id && !m_pending;
}

void DocumentStation::reportIfActive(std::uint64_t id, StationReport report) {
  std::lock_guard lock(m_mutex);
  if (m_activeId == id && !m_pending) m_report(std::move(report));
}

bool DocumentStation::waitUntil(std::chrono::steady_clock::time_point until, std::uint64_t id,
                                const std::stop_token& stop) {
  std::unique_lock lock(m_mutex);
  m_wake.wait_until(lock, stop, until, [&] { return m_activeId != id || m_pending.has_value(); });
  return !stop.stop_requested() && m_activeId == id && !m_pending;
}

void DocumentStation::run(const std::stop_token& stop) {
  // Loaded on the worker, so that the kiosk's first frame does not wait for them.
  auto templates = mrz::loadOcrBTemplates();
  if (!templates) spdlog::error("document: {}", templates.error());
  const emrtd::CscaStore trust = loadTrust(m_settings.csca);
  while (!stop.stop_requested()) {
    ReadRequest request;
    std::uint64_t id = 0;
    std::shared_ptr<emrtd::pcsc::WaitCanceller> canceller;
    {
      std::unique_lock lock(m_mutex);
      if (!m_wake.wait(lock, stop, [&] { return m_pending.has_value(); })) return;
      request = std::move(*m_pending);
      m_pending.reset();
      id = m_activeId;
      m_canceller = std::make_shared<emrtd::pcsc::WaitCanceller>();
      canceller = m_canceller;
    }
    Job job(*this, id, std::move(request), stop, templates ? &*templates : nullptr, trust, canceller);
    job.run();
  }
}

}  // namespace foyer::document
