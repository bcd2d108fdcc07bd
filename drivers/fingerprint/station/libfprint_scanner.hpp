#pragma once
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <variant>

#include "drivers/fingerprint/fingerprint_limits.hpp"
#include "drivers/fingerprint/station/fingerprint_events.hpp"
#include "drivers/fingerprint/station/fingerprint_scanner.hpp"

namespace foyer::fingerprint {

using ScannerReport = std::variant<FingerCaptured, FingerRetry, ScannerFailed>;

struct ScannerSettings {
  // libfprint driver id ("virtual_image", "elan", ...) or a part of the device name; empty: the first
  // device that can capture images.
  std::string device;
  FingerprintLimits limits;
};

// A fingerprint scanner through libfprint (Debian's libfprint-2). One worker thread owns libfprint
// (its own GLib main context) and runs the blocking capture calls; start() and stop() only hand over the
// attempt and cancel the capture under way. The scanner is found and opened on the first attempt and
// again after it was unplugged. libfprint's virtual_image device (FP_VIRTUAL_IMAGE) is found like any
// other. `report` is called on the worker thread and must only hand the value on.
class LibfprintScanner final : public FingerprintScanner {
 public:
  using Report = std::function<void(ScannerReport)>;
  LibfprintScanner(ScannerSettings settings, Report report);
  ~LibfprintScanner() override;
  LibfprintScanner(const LibfprintScanner&) = delete;
  LibfprintScanner& operator=(const LibfprintScanner&) = delete;

  std::uint64_t start(int position) override;
  void stop() override;

 private:
  struct Library;  // the GLib and libfprint objects, worker thread only
  void run(const std::stop_token& stop);
  void capture(std::uint64_t id, int position);
  void cancelCurrent();  // with m_mutex held

  ScannerSettings m_settings;
  Report m_report;
  std::unique_ptr<Library> m_library;
  std::mutex m_mutex;
  std::condition_variable_any m_wake;
  std::uint64_t m_lastId = 0;
  std::uint64_t m_activeId = 0;   // the attempt that may report; 0: none
  int m_position = 0;
  void* m_cancellable = nullptr;  // GCancellable of the capture under way (a ref, with m_mutex)
  std::jthread m_worker;
};

}  // namespace foyer::fingerprint
