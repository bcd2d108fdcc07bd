#include "kiosk/app/kiosk_app.hpp"

#include "kiosk/payment/zvt_terminal_setup.hpp"
#include "kiosk/store/sqlite_payment_journal.hpp"
#include "kiosk/store/ticket_book.hpp"

#include <cfloat>
#include <cstdio>

#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <spdlog/spdlog.h>

#include "drivers/document/station/document_station.hpp"
#include "drivers/fingerprint/station/libfprint_scanner.hpp"
#include "drivers/photo/station/photo_station.hpp"
#include "kiosk/app/png_writer.hpp"
#include "kiosk/visit/secure_wipe.hpp"
#include "kiosk/app/video_output.hpp"
#include "kiosk/flow/office/office_visit_flow.hpp"
#include "kiosk/i18n/bidi_text.hpp"
#include "kiosk/i18n/utf8.hpp"
#include "screens/screen_router.hpp"
#include "screens/theme/font_loader.hpp"
#include "screens/widgets/ui.hpp"

namespace foyer::app {
namespace {

// Frame periods when the swap does not pace the loop (no vsync, or a driver that ignores it).
constexpr Uint32 kDisplayFrameMs = 16;   // ~60 frames/s on a screen
constexpr Uint32 kHeadlessFrameMs = 33;  // ~30 frames/s when nobody watches

// Every text the screens may draw, in drawn (shaped) form, so the font atlas holds each glyph needed.
std::vector<std::string> textsForGlyphs(const i18n::Translations& translations, const config::Config& config) {
  std::vector<std::string> texts;
  auto add = [&texts](std::string_view text) {
    texts.emplace_back(text);
    if (i18n::containsRightToLeft(text)) texts.push_back(i18n::toVisualOrder(text, i18n::Direction::RightToLeft));
  };
  for (std::string_view text : translations.allTexts()) add(text);
  for (const auto& [language, name] : config.terminal.name.all()) add(name);
  for (const config::ServiceConfig& service : config.services) {
    for (const auto& [language, text] : service.title.all()) add(text);
    for (const auto& [language, text] : service.description.all()) add(text);
  }
  return texts;
}

// A device's report callback: hands each report (a variant of events) to the flow's queue as it is.
template <typename Report>
auto postingTo(flow::EventQueue& events) {
  return [&events](Report report) {
    std::visit([&events](auto&& value) { events.post(std::forward<decltype(value)>(value)); }, std::move(report));
  };
}

photo::PhotoSettings photoSettings(const config::PhotoConfig& config) {
  photo::PhotoSettings settings;
  settings.camera = config.camera;
  settings.models = {.cascade = config.cascade, .landmarks = config.landmarks};
  settings.limits = config.limits;
  settings.liveness = config.liveness;
  settings.requireLiveness = config.requireLiveness;
  settings.crop = config.crop;
  settings.format = config.jpeg2000 ? photo::CapturedPhoto::Format::Jpeg2000 : photo::CapturedPhoto::Format::Jpeg;
  settings.quality = config.quality;
  settings.holdFrames = config.holdFrames;
  settings.frameTimeout = config.frameTimeout;
  settings.faceModel = config.faceModel;
  settings.faceMatchThreshold = config.faceMatchThreshold;
  return settings;
}

void applyImGuiStyle() {
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // a kiosk keeps no window layout between runs
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowPadding = {0, 0};
  style.WindowBorderSize = 0;
  style.WindowRounding = 0;
}

}  // namespace

std::expected<std::unique_ptr<KioskApp>, std::string> KioskApp::create(AppOptions options) {
  if (options.config.terminal.mode != config::TerminalMode::Office) {
    return std::unexpected(std::string("terminal.mode \"showroom\" is not available in this version yet"));
  }
  std::unique_ptr<KioskApp> app(new KioskApp());
  app->m_options = std::move(options);
  const config::Config& config = app->m_options.config;
  app->m_clock = app->m_options.clock != nullptr ? app->m_options.clock : &app->m_steadyClock;

  auto translations = i18n::Translations::load(config.paths.assets / "i18n", config.ui.languages);
  if (!translations) return std::unexpected("the UI texts are broken:\n" + translations.error().describe());
  app->m_translations = std::move(*translations);

  app->m_imgui = ImGui::CreateContext();
  applyImGuiStyle();
  VideoRequest request{config.display, app->m_options.videoDriver};
  if (app->m_options.width) request.display.width = *app->m_options.width;
  if (app->m_options.height) request.display.height = *app->m_options.height;
  auto video = VideoOutput::open(request);
  if (!video) return std::unexpected(video.error());
  app->m_video = std::move(*video);
  if (!app->m_video->headless()) SDL_ShowCursor(SDL_DISABLE);  // touch terminals show no mouse pointer

  int width = 0;
  int height = 0;
  app->m_video->windowSize(width, height);
  app->m_theme.metrics =
      screens::Metrics::forWindow(static_cast<float>(width), static_cast<float>(height), config.ui.textScale);
  auto fonts = screens::loadFonts(config.paths.fonts, app->m_theme.metrics, textsForGlyphs(app->m_translations, config));
  if (!fonts) return std::unexpected(fonts.error());
  app->m_theme.fonts = *fonts;

  app->m_flow = std::make_unique<flow::FlowEngine>(flow::office::officeVisitFlow(), config, *app->m_clock);
  document::StationSettings station{.camera = config.document.camera,
                                    .reader = config.document.reader,
                                    .csca = config.document.csca,
                                    .chipWait = config.document.chipWait,
                                    .ocrInterval = config.document.ocrInterval};
  flow::EventQueue& events = app->m_flow->events();
  app->m_documentReader =
      std::make_unique<document::DocumentStation>(std::move(station), postingTo<document::StationReport>(events));
  app->m_photoCamera =
      std::make_unique<photo::PhotoStation>(photoSettings(config.photo), postingTo<photo::PhotoReport>(events));
  app->m_fingerprintScanner = std::make_unique<fingerprint::LibfprintScanner>(
      fingerprint::ScannerSettings{.device = config.fingerprint.device, .limits = config.fingerprint.limits},
      postingTo<fingerprint::ScannerReport>(events));
  // The audit log of staff actions lives with the terminal's data; a folder that cannot be made is
  // logged, and every staff action is still logged (without the file) rather than refused.
  std::error_code made;
  std::filesystem::create_directories(config.paths.data, made);
  if (made) spdlog::error("kiosk: cannot create the data folder {}: {}", config.paths.data.string(), made.message());
  app->openPaymentAndTickets(config);
  app->m_flow->attach(flow::Devices{.documentReader = app->m_documentReader.get(),
                                    .photoCamera = app->m_photoCamera.get(),
                                    .fingerprintScanner = app->m_fingerprintScanner.get(),
                                    .paymentTerminal = app->m_paymentTerminal.get(),
                                    .printer = nullptr,
                                    .tickets = app->m_tickets.get()});
  app->m_auditLog = std::make_unique<staff::AuditLog>(config.paths.data / "audit.log");
  app->m_flow->attachAudit([log = app->m_auditLog.get()](const staff::AuditEntry& entry) {
    if (!log->append(entry)) spdlog::error("kiosk: the staff audit log {} cannot be written", log->path().string());
  });
  spdlog::info("kiosk: {}x{} on video driver '{}' with renderer '{}'{}", width, height, app->m_video->driver(),
               app->m_video->backend().name(), app->m_video->headless() ? " (headless)" : "");
  return app;
}

void KioskApp::openPaymentAndTickets(const config::Config& config) {
  const std::filesystem::path store = config.paths.data / "foyer.sqlite";
  if (auto tickets = store::TicketBook::open(store)) {
    m_tickets = std::move(*tickets);
  } else {
    spdlog::error("kiosk: ticket numbers: {} (visits end with a provisional number)", tickets.error());
  }
  if (config.payment.terminal.empty()) {
    spdlog::info("kiosk: no payment terminal configured: fees are paid at the counter");
    return;
  }
  auto journal = store::SqlitePaymentJournal::open(store);
  if (!journal) {
    // Without a journal no payment may start: it could not survive a power cut.
    spdlog::error("kiosk: card payment disabled: {}", journal.error());
    return;
  }
  m_paymentJournal = std::move(*journal);
  // Payments finished after a restart are written to the audit log from the payment worker (its own
  // AuditLog on the same file: lines never interleave), so staff can see what happened to them.
  m_paymentAudit = std::make_unique<staff::AuditLog>(config.paths.data / "audit.log");
  flow::EventQueue& events = m_flow->events();
  auto terminal = kiosk_payment::openZvtTerminal(
      config, *m_paymentJournal,
      [&events, audit = m_paymentAudit.get(), terminal = config.terminal.id](payment::PaymentReport report) {
        if (const auto* recovered = std::get_if<payment::PaymentRecovered>(&report)) {
          spdlog::warn("kiosk: payment {} left open by a restart is now {}: {}", recovered->record.reference,
                       payment::stateName(recovered->record.state), recovered->record.note);
          audit->append({.time = staff::isoUtc(std::chrono::system_clock::now()), .terminal = terminal,
                         .staffId = "", .action = "payment_recovered", .step = "", .visit = 0,
                         .detail = recovered->record.reference + " " +
                                   std::string(payment::stateName(recovered->record.state))});
        }
        std::visit([&events](auto&& value) { events.post(std::forward<decltype(value)>(value)); }, std::move(report));
      });
  if (!terminal) {
    spdlog::error("kiosk: card payment disabled: {}", terminal.error());
    return;
  }
  m_paymentTerminal = std::move(*terminal);
}

KioskApp::~KioskApp() {
  m_paymentTerminal.reset();  // its worker posts to the flow's queue and uses the journal: stop it first
  m_documentReader.reset();
  m_photoCamera.reset();
  m_fingerprintScanner.reset();
  dropTexture(m_portrait);
  dropTexture(m_fingerprint);
  dropTexture(m_preview);
  dropTexture(m_photo);
  m_flow.reset();
  m_video.reset();  // shuts the ImGui backends down before the context goes
  if (m_imgui != nullptr) ImGui::DestroyContext(m_imgui);
}

bool KioskApp::headless() const { return m_video->headless(); }
const std::string& KioskApp::videoDriver() const { return m_video->driver(); }
const char* KioskApp::rendererName() const { return m_video->backend().name(); }

namespace {

bool touchDeviceConnected(SDL_TouchID id) {
  for (int i = 0; i < SDL_GetNumTouchDevices(); ++i) {
    if (SDL_GetTouchDevice(i) == id) return true;
  }
  return false;
}

}  // namespace

void KioskApp::releaseLostFinger() {
  // A finger-up can get lost (touch controller reset or unplugged, focus taken away). Without this the
  // kiosk would wait for it forever and ignore every later touch.
  m_pointer.release(m_fingerX, m_fingerY, true);
  m_activeFinger = kNoFinger;
  spdlog::warn("input: touch released without a finger-up (device reset, removed or focus lost)");
}

void KioskApp::pollInput() {
  int width = 0;
  int height = 0;
  m_video->windowSize(width, height);
  SDL_Event event;
  while (SDL_PollEvent(&event) != 0) {
    switch (event.type) {
      case SDL_QUIT:
        m_running = false;
        break;
      case SDL_MOUSEMOTION:
        if (event.motion.which != SDL_TOUCH_MOUSEID) {
          m_pointer.move(static_cast<float>(event.motion.x), static_cast<float>(event.motion.y), false);
        }
        break;
      case SDL_MOUSEBUTTONDOWN:
      case SDL_MOUSEBUTTONUP:
        if (event.button.which != SDL_TOUCH_MOUSEID && event.button.button == SDL_BUTTON_LEFT) {
          const auto x = static_cast<float>(event.button.x);
          const auto y = static_cast<float>(event.button.y);
          if (event.type == SDL_MOUSEBUTTONDOWN) {
            m_pointer.press(x, y, false);
          } else {
            m_pointer.release(x, y, false);
          }
        }
        break;
      case SDL_FINGERDOWN:
      case SDL_FINGERMOTION:
      case SDL_FINGERUP: {
        // Finger positions are normalised to the window.
        const float x = event.tfinger.x * static_cast<float>(width);
        const float y = event.tfinger.y * static_cast<float>(height);
        // Only the first finger steers: no multi-touch gestures.
        if (event.type == SDL_FINGERDOWN && m_activeFinger == kNoFinger) {
          m_activeFinger = event.tfinger.fingerId;
          m_activeTouch = event.tfinger.touchId;
          // Events pushed by tests come from no device SDL knows; only watch devices SDL tracks.
          m_touchTracked = touchDeviceConnected(event.tfinger.touchId);
          m_pointer.press(x, y, true);
        } else if (event.tfinger.fingerId == m_activeFinger && event.tfinger.touchId == m_activeTouch) {
          if (event.type == SDL_FINGERMOTION) {
            m_pointer.move(x, y, true);
          } else if (event.type == SDL_FINGERUP) {
            m_pointer.release(x, y, true);
            m_activeFinger = kNoFinger;
          }
        }
        m_fingerX = x;
        m_fingerY = y;
        break;
      }
      case SDL_WINDOWEVENT:
        if ((event.window.event == SDL_WINDOWEVENT_FOCUS_LOST || event.window.event == SDL_WINDOWEVENT_HIDDEN) &&
            m_activeFinger != kNoFinger) {
          releaseLostFinger();
        }
        ImGui_ImplSDL2_ProcessEvent(&event);
        break;
      default:
        ImGui_ImplSDL2_ProcessEvent(&event);  // keyboard and other events; the pointer is ours
        break;
    }
  }
  if (m_activeFinger != kNoFinger && m_touchTracked &&
      (!touchDeviceConnected(m_activeTouch) || SDL_GetNumTouchFingers(m_activeTouch) == 0)) {
    releaseLostFinger();
  }
}

void KioskApp::frame() {
  pollInput();
  m_flow->pump();

  RenderBackend& backend = m_video->backend();
  backend.newFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  // ImGui 1.86's SDL backend reads the pointer from SDL's global state; ours overrides it.
  if (io.DisplaySize.x < 1 || io.DisplaySize.y < 1) return;  // minimised: nothing to draw or touch
  if (m_flow->visit().number != m_drawnVisit) {
    m_text.forget();
    m_drawnVisit = m_flow->visit().number;
  }
  const PointerFrame pointer = m_pointer.nextFrame();
  io.MousePos = pointer.visible ? ImVec2(pointer.x, pointer.y) : ImVec2(-FLT_MAX, -FLT_MAX);
  for (bool& down : io.MouseDown) down = false;
  io.MouseDown[0] = pointer.down;
  m_theme.metrics = screens::Metrics::forWindow(io.DisplaySize.x, io.DisplaySize.y, m_options.config.ui.textScale);
  ImGui::NewFrame();

  m_widgets.beginFrame();
  std::vector<flow::Intent> intents;
  const flow::FlowView view = m_flow->view();
  screens::Ui ui{view, m_translations, m_theme, m_widgets, m_text, intents, true, {}, syncPortrait(), syncPreview(), syncPhoto(),
                 syncFingerprint()};
  screens::drawFrame(ui);
  ImGui::Render();

  const screens::Rgba background = screens::backgroundOf(view, m_theme.palette);
  const float clear[4] = {static_cast<float>(background.r) / 255.0F, static_cast<float>(background.g) / 255.0F,
                          static_cast<float>(background.b) / 255.0F, 1.0F};
  backend.render(ImGui::GetDrawData(), clear);

  const std::string key = screenKey(view);
  if (key != m_lastScreen) {
    m_lastScreen = key;
    m_screenSettleFrames = 1;  // capture on the next frame: a window that just appeared is then complete
  } else if (m_screenSettleFrames > 0 && --m_screenSettleFrames == 0 && !m_options.screensDir.empty()) {
    recordNewScreen(backend.readPixels());
  }
  if (m_captureFile) {
    if (auto written = writePng(*m_captureFile, backend.readPixels()); !written) spdlog::error("{}", written.error());
    m_captureFile.reset();
  }
  backend.present();

  // After drawing, so the touch that answers "Are you still there?" is caught by the question itself
  // and cannot also press the button under the finger.
  if (pointer.pressed) m_flow->noteActivity();
  for (const flow::Intent& intent : intents) m_flow->dispatch(intent);
}

screens::TextureRef KioskApp::syncPortrait() {
  const visit::Visit& visit = m_flow->visit();
  if (visit.identitySerial == m_portraitSerial) return m_portrait;
  m_portraitSerial = visit.identitySerial;
  dropTexture(m_portrait);
  if (visit.identity && !visit.identity->face.rgba.empty()) {
    const document::Portrait& face = visit.identity->face;
    RgbaImage image{face.width, face.height, face.rgba};
    m_portrait = {m_video->backend().createTexture(image), face.width, face.height};
    visit::secureWipe(image.pixels);
  }
  return m_portrait;
}

void KioskApp::dropTexture(screens::TextureRef& texture) {
  if (!texture.empty()) m_video->backend().destroyTexture(texture.id, texture.width, texture.height);
  texture = {};
}

screens::TextureRef KioskApp::syncPreview() {
  const std::shared_ptr<const photo::PreviewFrame> frame = m_photoCamera->latestPreview();
  if (!frame || frame->rgba.empty()) {
    dropTexture(m_preview);
    return m_preview;
  }
  if (frame->serial == m_previewSerial && !m_preview.empty()) return m_preview;
  m_previewSerial = frame->serial;
  RenderBackend& backend = m_video->backend();
  if (m_preview.width != frame->width || m_preview.height != frame->height) {
    dropTexture(m_preview);
    RgbaImage image{frame->width, frame->height, frame->rgba};
    m_preview = {backend.createTexture(image), frame->width, frame->height};
    visit::secureWipe(image.pixels);
  } else {
    backend.updateTexture(m_preview.id, frame->width, frame->height, frame->rgba.data());
  }
  return m_preview;
}

screens::TextureRef KioskApp::syncPhoto() {
  const visit::Visit& visit = m_flow->visit();
  if (visit.photoSerial == m_photoSerial) return m_photo;
  m_photoSerial = visit.photoSerial;
  dropTexture(m_photo);
  if (visit.photo.taken && !visit.photo.taken->rgba.empty()) {
    const photo::CapturedPhoto& taken = *visit.photo.taken;
    RgbaImage image{taken.width, taken.height, taken.rgba};
    m_photo = {m_video->backend().createTexture(image), taken.width, taken.height};
    visit::secureWipe(image.pixels);
  }
  return m_photo;
}

screens::TextureRef KioskApp::syncFingerprint() {
  const visit::Visit& visit = m_flow->visit();
  if (visit.fingerprintSerial == m_fingerprintSerial) return m_fingerprint;
  m_fingerprintSerial = visit.fingerprintSerial;
  dropTexture(m_fingerprint);
  const auto& print = visit.fingerprints.last;
  if (print && !print->grey.empty()) {
    RgbaImage image{print->width, print->height, std::vector<std::uint8_t>(print->grey.size() * 4)};
    for (std::size_t i = 0; i < print->grey.size(); ++i) {
      std::fill_n(image.pixels.begin() + static_cast<std::ptrdiff_t>(i * 4), 3, print->grey[i]);
      image.pixels[i * 4 + 3] = 255;
    }
    m_fingerprint = {m_video->backend().createTexture(image), print->width, print->height};
    visit::secureWipe(image.pixels);
  }
  return m_fingerprint;
}

std::string KioskApp::screenKey(const flow::FlowView& view) {
  std::string key = std::string(view.state) + "-" + view.visit.language;
  if (view.idleCountdown) key += "-idle";
  if (view.cancelQuestionOpen) key += "-cancel";
  if (view.helpOpen) key += "-help";
  if (view.staff.mode == flow::StaffView::Mode::Login) key += "-staff-login";
  if (view.staff.mode == flow::StaffView::Mode::Panel) key += "-staff-panel";
  return key;
}

void KioskApp::recordNewScreen(const RgbaImage& image) {
  char number[16];
  std::snprintf(number, sizeof number, "%03zu-", m_screensWritten.size() + 1);
  std::filesystem::path file = m_options.screensDir / (std::string(number) + m_lastScreen + ".png");
  if (auto written = writePng(file, image); !written) {
    spdlog::error("screens: {}", written.error());
    return;
  }
  spdlog::info("screens: wrote {}", file.string());
  m_screensWritten.push_back(std::move(file));
}

void KioskApp::waitForNextFrame() {
  // With working vsync the swap already took a frame period and there is nothing left to wait. Without it
  // (or with a driver that ignores it) sleep until input arrives or the period is over, so a terminal
  // never spins a core at hundreds of frames a second.
  const Uint32 period = headless() ? kHeadlessFrameMs : kDisplayFrameMs;
  const Uint32 now = SDL_GetTicks();
  const Uint32 elapsed = now - m_frameStartMs;
  if (elapsed < period) SDL_WaitEventTimeout(nullptr, static_cast<int>(period - elapsed));
  m_frameStartMs = SDL_GetTicks();
}

}  // namespace foyer::app
