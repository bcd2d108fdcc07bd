#include "drivers/fingerprint/station/libfprint_scanner.hpp"

#include <fprint.h>
#include <string.h>  // explicit_bzero

#include <opencv2/core.hpp>

#include "drivers/fingerprint/finger_png.hpp"
#include "drivers/fingerprint/fingerprint_quality.hpp"

namespace foyer::fingerprint {
namespace {

// GError, freed when it goes.
struct Error {
  GError* error = nullptr;
  Error() = default;
  Error(const Error&) = delete;
  Error& operator=(const Error&) = delete;
  ~Error() {
    if (error != nullptr) g_error_free(error);
  }
  [[nodiscard]] std::string message() const { return error != nullptr ? error->message : "unknown error"; }
};

const char* retryHint(int code) {
  switch (code) {
    case FP_DEVICE_RETRY_CENTER_FINGER: return "fingerprint.hint.middle";
    case FP_DEVICE_RETRY_REMOVE_FINGER: return "fingerprint.hint.lift";
    case FP_DEVICE_RETRY_TOO_SHORT:
    case FP_DEVICE_RETRY_GENERAL:
    default: return "fingerprint.hint.again";
  }
}

bool matches(FpDevice* device, const std::string& wanted) {
  if (wanted.empty()) return true;
  const char* driver = fp_device_get_driver(device);
  const char* name = fp_device_get_name(device);
  return (driver != nullptr && wanted == driver) || (name != nullptr && std::string(name).find(wanted) != std::string::npos);
}

CapturedFinger fingerFrom(FpImage* image, int position, const FingerprintLimits& limits) {
  CapturedFinger finger;
  finger.position = position;
  gsize length = 0;
  const guchar* data = fp_image_get_data(image, &length);
  const int width = static_cast<int>(fp_image_get_width(image));
  const int height = static_cast<int>(fp_image_get_height(image));
  if (data == nullptr || width <= 0 || height <= 0 || length < static_cast<gsize>(width) * static_cast<gsize>(height)) {
    return finger;
  }
  finger.width = width;
  finger.height = height;
  finger.grey.assign(data, data + static_cast<std::ptrdiff_t>(width) * height);
  const cv::Mat grey(height, width, CV_8U, finger.grey.data());
  // Scanners that know their resolution say so; the others (and the virtual one) are taken at the configured one.
  FingerprintLimits measured = limits;
  if (const double ppmm = fp_image_get_ppmm(image); ppmm > 1) measured.pixelsPerMm = ppmm;
  const FingerprintQuality quality = assessFingerprint(grey, measured);
  finger.score = quality.score;
  finger.pass = quality.pass();
  if (const FingerCriterionResult* first = quality.firstFailure()) finger.hint = first->hint;
  for (const FingerCriterionResult& r : quality.results) {
    finger.quality.push_back({fingerCriterionName(r.criterion), r.pass, r.value, r.low, r.high});
  }
  std::vector<std::uint8_t> png = encodeFingerPng(grey, measured.pixelsPerMm);
  finger.png.assign(png.begin(), png.end());
  explicit_bzero(png.data(), png.size());
  return finger;
}

}  // namespace

struct LibfprintScanner::Library {
  FpContext* fp = nullptr;
  FpDevice* device = nullptr;  // open

  void closeDevice() {
    if (device == nullptr) return;
    Error error;
    fp_device_close_sync(device, nullptr, &error.error);  // a removed device fails to close: nothing to do
    g_object_unref(device);
    device = nullptr;
  }
  // Forgets the device list as well: the next attempt enumerates again (a scanner plugged back in).
  void forget() {
    closeDevice();
    if (fp != nullptr) g_object_unref(fp);
    fp = nullptr;
  }
};

LibfprintScanner::LibfprintScanner(ScannerSettings settings, Report report)
    : m_settings(std::move(settings)), m_report(std::move(report)), m_library(std::make_unique<Library>()) {
  m_worker = std::jthread([this](const std::stop_token& stop) { run(stop); });
}

LibfprintScanner::~LibfprintScanner() {
  {
    std::lock_guard lock(m_mutex);
    m_activeId = 0;
    cancelCurrent();
  }
  m_worker.request_stop();
  m_wake.notify_all();
  m_worker.join();
}

std::uint64_t LibfprintScanner::start(int position) {
  std::lock_guard lock(m_mutex);
  cancelCurrent();
  m_activeId = ++m_lastId;
  m_position = position;
  m_wake.notify_all();
  return m_activeId;
}

void LibfprintScanner::stop() {
  std::lock_guard lock(m_mutex);
  m_activeId = 0;
  cancelCurrent();
}

void LibfprintScanner::cancelCurrent() {
  if (m_cancellable != nullptr) g_cancellable_cancel(static_cast<GCancellable*>(m_cancellable));
}

void LibfprintScanner::run(const std::stop_token& stop) {
  // libfprint's blocking calls iterate GLib's global default main context, and its sources attach to
  // the thread's default context: with none pushed, both are the global one, which only this thread
  // iterates (nothing else in Foyer runs a GLib main loop).
  std::uint64_t served = 0;
  while (!stop.stop_requested()) {
    std::uint64_t id = 0;
    int position = 0;
    {
      std::unique_lock lock(m_mutex);
      m_wake.wait(lock, stop, [&] { return m_activeId != 0 && m_activeId != served; });
      if (stop.stop_requested()) break;
      id = served = m_activeId;
      position = m_position;
    }
    capture(id, position);
  }
  m_library->forget();
}

void LibfprintScanner::capture(std::uint64_t id, int position) {
  auto finish = [&](ScannerReport report) {
    {
      std::lock_guard lock(m_mutex);
      if (m_activeId != id) return;
      m_activeId = 0;
    }
    m_report(std::move(report));
  };
  Library& lib = *m_library;
  if (lib.device == nullptr) {
    if (lib.fp == nullptr) lib.fp = fp_context_new();
    GPtrArray* devices = fp_context_get_devices(lib.fp);
    FpDevice* chosen = nullptr;
    for (guint i = 0; devices != nullptr && i < devices->len && chosen == nullptr; ++i) {
      auto* device = static_cast<FpDevice*>(g_ptr_array_index(devices, i));
      if (fp_device_has_feature(device, FP_DEVICE_FEATURE_CAPTURE) && matches(device, m_settings.device)) chosen = device;
    }
    if (chosen == nullptr) {
      lib.forget();
      finish(ScannerFailed{id, ScannerFailed::Kind::NoScanner,
                           m_settings.device.empty() ? "no fingerprint scanner found"
                                                     : "no fingerprint scanner \"" + m_settings.device + "\" found"});
      return;
    }
    Error error;
    if (!fp_device_open_sync(chosen, nullptr, &error.error)) {
      lib.forget();
      finish(ScannerFailed{id, ScannerFailed::Kind::NoScanner, "the fingerprint scanner cannot be opened: " + error.message()});
      return;
    }
    lib.device = static_cast<FpDevice*>(g_object_ref(chosen));
  }

  while (true) {
    GCancellable* cancellable = g_cancellable_new();
    {
      std::lock_guard lock(m_mutex);
      if (m_activeId != id) {
        g_object_unref(cancellable);
        return;
      }
      m_cancellable = cancellable;
    }
    Error error;
    FpImage* image = fp_device_capture_sync(lib.device, TRUE, cancellable, &error.error);
    {
      std::lock_guard lock(m_mutex);
      m_cancellable = nullptr;
    }
    g_object_unref(cancellable);
    if (image != nullptr) {
      CapturedFinger finger = fingerFrom(image, position, m_settings.limits);
      g_object_unref(image);
      if (finger.grey.empty()) {
        finish(ScannerFailed{id, ScannerFailed::Kind::Error, "the scanner gave an empty image"});
      } else {
        finish(FingerCaptured{id, std::move(finger)});
      }
      return;
    }
    if (g_error_matches(error.error, G_IO_ERROR, G_IO_ERROR_CANCELLED)) return;  // stopped, or a new attempt
    if (error.error != nullptr && error.error->domain == FP_DEVICE_RETRY) {
      {
        std::lock_guard lock(m_mutex);
        if (m_activeId != id) return;
      }
      m_report(FingerRetry{id, retryHint(error.error->code)});
      continue;  // the same attempt: the visitor places the finger again
    }
    gboolean gone = FALSE;
    g_object_get(lib.device, "removed", &gone, nullptr);
    const bool removed = gone != FALSE || g_error_matches(error.error, FP_DEVICE_ERROR, FP_DEVICE_ERROR_REMOVED);
    const std::string message = error.message();
    lib.forget();
    finish(ScannerFailed{id, removed ? ScannerFailed::Kind::Removed : ScannerFailed::Kind::Error,
                         removed ? "the fingerprint scanner was unplugged" : "fingerprint scanner: " + message});
    return;
  }
}

}  // namespace foyer::fingerprint
