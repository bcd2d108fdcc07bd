#pragma once
// Collects what a photo station reports, for tests that wait for a report (never for time to pass).
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <variant>
#include <vector>

#include "drivers/photo/station/photo_station.hpp"

namespace foyer::photo {

// Collects the station's reports (they arrive on its analysis thread).
class Reports {
 public:
  PhotoStation::Report sink() {
    return [this](PhotoReport report) {
      std::lock_guard lock(m_mutex);
      m_reports.push_back(std::move(report));
      m_changed.notify_all();
    };
  }
  // Waits until a report of type T arrives (of attempt `attempt`, unless 0); nullopt after `limit`.
  template <typename T>
  std::optional<T> waitFor(std::chrono::seconds limit = std::chrono::seconds(60), std::uint64_t attempt = 0) {
    std::unique_lock lock(m_mutex);
    std::optional<T> found;
    m_changed.wait_for(lock, limit, [&] {
      for (const auto& report : m_reports) {
        const T* value = std::get_if<T>(&report);
        if (value != nullptr && (attempt == 0 || value->attemptId == attempt)) {
          found = *value;
          return true;
        }
      }
      return false;
    });
    return found;
  }
  std::vector<PhotoGuidance> guidance() {
    std::lock_guard lock(m_mutex);
    std::vector<PhotoGuidance> out;
    for (const auto& report : m_reports) {
      if (const auto* g = std::get_if<PhotoGuidance>(&report)) out.push_back(*g);
    }
    return out;
  }

 private:
  std::mutex m_mutex;
  std::condition_variable m_changed;
  std::vector<PhotoReport> m_reports;
};

}  // namespace foyer::photo
