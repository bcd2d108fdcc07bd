#pragma once
#include <cstdint>
#include <expected>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/app/pointer_input.hpp"
#include "kiosk/app/render_backend.hpp"
#include "kiosk/config/config.hpp"
#include "kiosk/flow/clock.hpp"
#include "drivers/document/station/document_reader.hpp"
#include "drivers/fingerprint/station/fingerprint_scanner.hpp"
#include "drivers/payment/station/payment_terminal.hpp"
#include "drivers/photo/station/photo_camera.hpp"
#include "kiosk/store/sqlite_payment_journal.hpp"
#include "kiosk/store/ticket_book.hpp"
#include "kiosk/staff/audit_log.hpp"
#include "kiosk/flow/flow_engine.hpp"
#include "kiosk/i18n/translations.hpp"
#include "screens/theme/theme.hpp"
#include "screens/widgets/text_layout.hpp"
#include "screens/widgets/ui.hpp"
#include "screens/widgets/widget_registry.hpp"

struct ImGuiContext;

namespace foyer::app {

class VideoOutput;

struct AppOptions {
  config::Config config;
  const flow::Clock* clock = nullptr;  // nullptr: the steady clock; tests pass a manual one
  std::string videoDriver;             // empty: SDL_VIDEODRIVER or a display, else headless "offscreen"
  std::optional<int> width;            // override display.width/height (tests, benchmarks)
  std::optional<int> height;
  std::filesystem::path screensDir;    // a PNG of every new screen goes here (empty: none)
};

// The kiosk: window, frame loop, pointer, flow and screens. One object per process at a time, used from
// the thread that created it (SDL and ImGui are not thread-safe).
class KioskApp {
 public:
  static std::expected<std::unique_ptr<KioskApp>, std::string> create(AppOptions options);
  ~KioskApp();
  KioskApp(const KioskApp&) = delete;
  KioskApp& operator=(const KioskApp&) = delete;

  // One frame: input, flow events and timers, drawing, intents.
  void frame();
  // Waits for input or the next animation tick; only the interactive main loop calls this.
  void waitForNextFrame();
  [[nodiscard]] bool running() const { return m_running; }
  void requestStop() { m_running = false; }

  [[nodiscard]] bool headless() const;
  [[nodiscard]] const std::string& videoDriver() const;
  [[nodiscard]] const char* rendererName() const;
  [[nodiscard]] int width() const { return static_cast<int>(m_theme.metrics.width); }
  [[nodiscard]] int height() const { return static_cast<int>(m_theme.metrics.height); }

  flow::FlowEngine& flow() { return *m_flow; }
  PointerInput& pointer() { return m_pointer; }
  [[nodiscard]] const screens::WidgetRegistry& widgets() const { return m_widgets; }
  [[nodiscard]] const std::vector<std::filesystem::path>& screensWritten() const { return m_screensWritten; }
  // From now on a PNG of every new screen goes to `folder` (empty: none).
  void writeScreensTo(std::filesystem::path folder) { m_options.screensDir = std::move(folder); }
  // The next frame is also written to `file` as PNG.
  void captureNextFrame(std::filesystem::path file) { m_captureFile = std::move(file); }

 private:
  void openPaymentAndTickets(const config::Config& config);
  KioskApp() = default;
  void pollInput();
  void releaseLostFinger();
  void recordNewScreen(const RgbaImage& image);
  // Keeps the portrait texture in step with the visit's identity (made once, destroyed when it goes).
  screens::TextureRef syncPortrait();
  // The newest camera frame while the photo camera runs; the texture is wiped and freed when it stops.
  screens::TextureRef syncPreview();
  // Keeps the photo texture in step with the visit's photo.
  screens::TextureRef syncPhoto();
  // Keeps the fingerprint texture in step with the newest print.
  screens::TextureRef syncFingerprint();
  void dropTexture(screens::TextureRef& texture);
  // Names what the visitor sees (state, language, open question): a new name is a new screen.
  [[nodiscard]] static std::string screenKey(const flow::FlowView& view);

  AppOptions m_options;
  flow::SteadyClock m_steadyClock;
  const flow::Clock* m_clock = nullptr;
  ImGuiContext* m_imgui = nullptr;
  std::unique_ptr<VideoOutput> m_video;
  i18n::Translations m_translations;
  screens::Theme m_theme;
  screens::WidgetRegistry m_widgets;
  screens::TextLayout m_text;
  std::unique_ptr<flow::FlowEngine> m_flow;
  // Declared after the flow: destroyed first, since it posts its reports into the flow's queue.
  std::unique_ptr<document::DocumentReader> m_documentReader;
  std::unique_ptr<photo::PhotoCamera> m_photoCamera;
  std::unique_ptr<fingerprint::FingerprintScanner> m_fingerprintScanner;
  std::unique_ptr<staff::AuditLog> m_auditLog;
  std::unique_ptr<store::TicketBook> m_tickets;
  std::unique_ptr<store::SqlitePaymentJournal> m_paymentJournal;
  std::unique_ptr<staff::AuditLog> m_paymentAudit;
  std::unique_ptr<payment::PaymentTerminal> m_paymentTerminal;
  screens::TextureRef m_portrait;
  std::uint64_t m_portraitSerial = 0;
  screens::TextureRef m_preview;
  std::uint64_t m_previewSerial = 0;
  screens::TextureRef m_photo;
  std::uint64_t m_photoSerial = 0;
  screens::TextureRef m_fingerprint;
  std::uint64_t m_fingerprintSerial = 0;
  PointerInput m_pointer;
  static constexpr std::int64_t kNoFinger = -1;
  std::int64_t m_activeFinger = kNoFinger;
  std::int64_t m_activeTouch = 0;
  bool m_touchTracked = false;
  float m_fingerX = 0;
  float m_fingerY = 0;
  std::uint64_t m_drawnVisit = 0;
  std::uint32_t m_frameStartMs = 0;
  bool m_running = true;
  std::optional<std::filesystem::path> m_captureFile;
  std::string m_lastScreen;
  int m_screenSettleFrames = 0;
  std::vector<std::filesystem::path> m_screensWritten;
};

}  // namespace foyer::app
