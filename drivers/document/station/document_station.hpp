#pragma once
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <variant>

#include "drivers/document/emrtd/pcsc/pcsc_card.hpp"
#include "drivers/document/station/document_reader.hpp"

namespace foyer::document {

struct StationSettings {
  std::string camera;             // FrameSource spec
  std::string reader;             // PC/SC reader name; empty: any
  std::filesystem::path csca;     // folder, PEM file or master list; empty: no trust anchors
  std::chrono::milliseconds chipWait{4000};
  std::chrono::milliseconds ocrInterval{150};
  std::chrono::milliseconds resumeWait{10000};  // how long a removed card may stay away
};

// The office terminal's document station: a camera over the document and a PC/SC chip reader. One
// worker thread does the work; `report` is called on that thread and must only hand the value on.
// Sequence: frames until a valid MRZ → wait for the chip → read it (PACE or BAC) → passive
// authentication against the CSCA store → portrait decoded. No chip: the MRZ data alone, noted for staff.
class DocumentStation final : public DocumentReader {
 public:
  using Report = std::function<void(StationReport)>;
  DocumentStation(StationSettings settings, Report report);
  ~DocumentStation() override;
  DocumentStation(const DocumentStation&) = delete;
  DocumentStation& operator=(const DocumentStation&) = delete;

  std::uint64_t start(ReadRequest request) override;
  void stop() override;

 private:
  class Job;
  void run(const std::stop_token& stop);
  void cancelWaits();  // with m_mutex held
  [[nodiscard]] bool isActive(std::uint64_t id);
  void reportIfActive(std::uint64_t id, StationReport report);
  // Waits until `until`; false when the read was stopped or replaced meanwhile.
  bool waitUntil(std::chrono::steady_clock::time_point until, std::uint64_t id, const std::stop_token& stop);

  StationSettings m_settings;
  Report m_report;
  std::mutex m_mutex;
  std::condition_variable_any m_wake;
  std::uint64_t m_lastId = 0;
  std::uint64_t m_activeId = 0;  // the read that may report; 0: none
  std::optional<ReadRequest> m_pending;
  // Ends the running read's PC/SC waits when it is stopped or replaced (guarded by m_mutex).
  std::shared_ptr<emrtd::pcsc::WaitCanceller> m_canceller;
  std::jthread m_worker;
};

}  // namespace foyer::document
